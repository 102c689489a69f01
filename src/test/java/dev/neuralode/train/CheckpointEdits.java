package dev.neuralode.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Damaged or edited checkpoints for tests: a copy with one entry's bytes replaced. */
public final class CheckpointEdits {

    private CheckpointEdits() {
    }

    /** Copies {@code from} to {@code to} with the entry {@code name} holding {@code bytes}. */
    public static void replaceEntry(Path from, Path to, String name, byte[] bytes) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] original = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(name) ? bytes : original);
                out.closeEntry();
            }
        }
    }
}

package dev.neuralode.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small hostile archives for tests: a deflated entry of zeros unpacks to a thousand times its size. */
public final class ZipBombs {

    private ZipBombs() {
    }

    /**
     * A zip archive whose entry {@code bombName} unpacks to {@code bytes} zero bytes, after the
     * given ordinary entries (name, contents pairs).
     */
    public static byte[] archive(String bombName, long bytes, Object... ordinary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (int i = 0; i < ordinary.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) ordinary[i]));
                zip.write((byte[]) ordinary[i + 1]);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(bombName));
            byte[] chunk = new byte[1 << 20];
            for (long written = 0; written < bytes; written += chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, bytes - written));
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}

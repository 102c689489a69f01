package dev.neuralode.io;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Writes files atomically: the content goes to a temporary file in the same directory, which then
 * replaces the target in one rename. Readers see the old file or the new one, never a torn one.
 */
public final class AtomicFiles {

    /** The names of {@link #write}'s temporary files: {@code Files.createTempFile} puts digits between prefix and suffix. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\d+\\.tmp");

    private static volatile boolean toldNotAtomic;

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target} atomically, creating parent directories.
     *
     * @throws IOException naming the target when it cannot be written; the old file, if any, is kept
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileOutputStream file = new FileOutputStream(temp.toFile());
                 OutputStream out = new BufferedOutputStream(file)) {
                content.writeTo(out);
                out.flush();
                // On disk before the rename, so a crash cannot leave the new name on empty content.
                file.getFD().sync();
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                if (!toldNotAtomic) {
                    toldNotAtomic = true;
                    System.err.println("note: the file system of " + dir + " cannot replace a file in one step; files there are"
                            + " replaced in two, and a crash in between can leave one missing");
                }
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            if (e instanceof IOException io) {
                throw new IOException("could not write " + target + ": " + io.getMessage(), io);
            }
            throw e;
        }
    }

    /** Makes the rename itself durable; some systems (Windows) cannot open a directory, and there a rename is durable anyway. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // Nothing more can be done here; the file itself is on disk.
        }
    }

    /**
     * Removes the temporary files a crash left in {@code dir} (this class's own naming: a dot, the
     * target's name, digits, {@code .tmp}); call it only where no other write is under way, such as
     * a run directory its run holds.
     *
     * @return how many were removed
     */
    public static int removeStaleTemporaries(Path dir) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, p -> TEMPORARY.matcher(p.getFileName().toString()).matches()
                && Files.isRegularFile(p))) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
                removed++;
            }
        }
        return removed;
    }

    /** Writes text (UTF-8) atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}

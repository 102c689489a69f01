package dev.neuralode.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Limits on what the entries of one zip archive may unpack to: bytes per entry, bytes in all, and
 * the number of entries. A zip bomb, a few megabytes on disk that unpack to gigabytes, is refused by
 * name before it fills the heap, instead of ending in {@code OutOfMemoryError}. The limits are far
 * above anything this program writes (its largest checkpoints, MNIST models with their optimizer
 * state, are a few megabytes). Not thread-safe: one budget per archive being read.
 */
public final class UnpackBudget {

    /** Most bytes one entry may unpack to. */
    public static final long ENTRY_BYTES = 256L << 20;
    /** Most bytes all entries together may unpack to. */
    public static final long TOTAL_BYTES = 512L << 20;
    /** Most entries one archive may hold. */
    public static final int ENTRIES = 4096;

    private static final int CHUNK = 1 << 16;
    private static final String DAMAGED = "the file is damaged or was not written by this program";

    private final String archive;
    private final String fix;
    private final long entryBytes;
    private final long totalBytes;
    private final int entries;
    private long used;
    private int read;

    /** The budget for one archive, {@code archive} naming it in messages. */
    public UnpackBudget(String archive) {
        this(archive, DAMAGED);
    }

    /**
     * The budget for one archive that the user brought from elsewhere.
     *
     * @param fix ends each refusal: what the user can do instead (for example, save the file again with the tool that wrote it)
     */
    public UnpackBudget(String archive, String fix) {
        this(archive, fix, ENTRY_BYTES, TOTAL_BYTES, ENTRIES);
    }

    UnpackBudget(String archive, long entryBytes, long totalBytes, int entries) {
        this(archive, DAMAGED, entryBytes, totalBytes, entries);
    }

    private UnpackBudget(String archive, String fix, long entryBytes, long totalBytes, int entries) {
        this.archive = archive;
        this.fix = fix;
        this.entryBytes = entryBytes;
        this.totalBytes = totalBytes;
        this.entries = entries;
    }

    /**
     * Reads one entry whole, within the limits.
     *
     * @param entry the entry's name, for messages
     * @throws IOException naming the archive and the entry when a limit is passed
     */
    public byte[] read(InputStream in, String entry) throws IOException {
        if (++read > entries) {
            throw new IOException(archive + " holds more than " + entries + " entries, more than any file this program writes: "
                    + fix);
        }
        long limit = Math.min(entryBytes, totalBytes - used);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long n = 0;
        for (int k = in.read(chunk); k >= 0; k = in.read(chunk)) {
            n += k;
            if (n > limit) {
                throw new IOException(archive + ": " + entry + " unpacks to more than " + megabytes(limit) + (limit < entryBytes
                        ? " (the archive's entries together may unpack to " + megabytes(totalBytes) + ")" : "")
                        + ", more than any file this program writes (a zip bomb is refused the same way): " + fix);
            }
            out.write(chunk, 0, k);
        }
        used += n;
        return out.toByteArray();
    }

    private static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }
}

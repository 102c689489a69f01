package dev.neuralode.data;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one gzipped MNIST IDX file (layout in {@link MnistFile}) in a fixed order of checks, each
 * failing with a {@link DataFileException} that names the file: its size on disk, its SHA-256, then,
 * while decompressing, the IDX magic, the count and image size, the exact number of bytes, and the
 * label range. Decompression never goes past the expected size, so a file that expands to more
 * (a gzip bomb, or simply the wrong file) costs at most that much work and memory.
 */
final class MnistFileReader {

    static final String RESTORE = "restore it from the repository (git checkout -- datasets/mnist)";

    private MnistFileReader() {
    }

    /**
     * The bytes after the IDX header: the labels, or the images' pixels row by row.
     *
     * @param expectedSha256 the lowercase hex SHA-256 the {@code .gz} file must have
     */
    static byte[] read(Path file, MnistFile spec, String expectedSha256) throws DataFileException {
        byte[] gz = readBounded(file, spec);
        String actual = sha256(gz);
        if (!actual.equals(expectedSha256)) {
            throw new DataFileException(file, 0, "SHA-256 is " + actual + ", expected " + expectedSha256
                    + "; the file is damaged or altered: " + RESTORE);
        }
        return decompress(file, spec, gz);
    }

    private static byte[] readBounded(Path file, MnistFile spec) throws DataFileException {
        try {
            long size = Files.size(file);
            // Checked before reading so that a huge stray file is not pulled into memory to be hashed.
            if (size > spec.maxCompressedBytes()) {
                throw new DataFileException(file, 0, String.format(Locale.ROOT,
                        "is %,d bytes, more than any gzip of the %,d-byte MNIST file can be; it is not the MNIST file: %s",
                        size, spec.rawBytes(), RESTORE));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file, 0, "disappeared while it was being read; " + RESTORE);
        } catch (IOException e) {
            throw new DataFileException(file, 0, "cannot be read (" + e + "); check its permissions, or " + RESTORE);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /**
     * Decompresses and checks {@code gz}. Used only after the SHA-256 check in production; tests call
     * it through {@link #read} with the hashes of altered files to reach each check.
     */
    private static byte[] decompress(Path file, MnistFile spec, byte[] gz) throws DataFileException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 1 << 16)) {
            checkHeader(file, spec, in.readNBytes(spec.headerBytes()));
            byte[] body = new byte[spec.bodyBytes()];
            int read = in.readNBytes(body, 0, body.length);
            if (read < body.length) {
                throw new DataFileException(file, 0, String.format(Locale.ROOT,
                        "holds %,d bytes after its header, expected %,d: the file is truncated; %s",
                        read, body.length, RESTORE));
            }
            // One byte more than expected is enough to refuse: the rest is never inflated.
            if (in.read() != -1) {
                throw new DataFileException(file, 0, String.format(Locale.ROOT,
                        "decompresses to more than the expected %,d bytes (decompression stopped there); "
                                + "it is not the MNIST file: %s", spec.rawBytes(), RESTORE));
            }
            if (!spec.images()) {
                checkLabels(file, body);
            }
            return body;
        } catch (EOFException e) {
            throw new DataFileException(file, 0, "the gzip data ends early (" + e.getMessage()
                    + "): the file is truncated; " + RESTORE);
        } catch (ZipException e) {
            throw new DataFileException(file, 0, "is not valid gzip data (" + e.getMessage() + "); " + RESTORE);
        } catch (IOException e) {
            throw new DataFileException(file, 0, "cannot be decompressed (" + e + "); " + RESTORE);
        }
    }

    private static void checkHeader(Path file, MnistFile spec, byte[] header) throws DataFileException {
        if (header.length < spec.headerBytes()) {
            throw new DataFileException(file, 0, String.format(Locale.ROOT,
                    "decompresses to %d bytes, fewer than the %d-byte IDX header: the file is truncated; %s",
                    header.length, spec.headerBytes(), RESTORE));
        }
        ByteBuffer h = ByteBuffer.wrap(header); // IDX integers are big-endian, ByteBuffer's default
        int magic = h.getInt();
        if (magic != spec.magic()) {
            throw new DataFileException(file, 0, String.format(Locale.ROOT,
                    "IDX magic number is 0x%08x, expected 0x%08x (%s); it is not MNIST's %s %s file: %s",
                    magic, spec.magic(), spec.images() ? "unsigned bytes, 3 dimensions" : "unsigned bytes, 1 dimension",
                    spec.set(), spec.images() ? "image" : "label", RESTORE));
        }
        int count = h.getInt();
        if (count != spec.count()) {
            throw new DataFileException(file, 0, String.format(Locale.ROOT,
                    "holds %,d %s, expected %,d (the MNIST %s set); %s",
                    Integer.toUnsignedLong(count), spec.images() ? "images" : "labels", spec.count(), spec.set(), RESTORE));
        }
        if (spec.images()) {
            int rows = h.getInt();
            int columns = h.getInt();
            if (rows != MnistFile.ROWS || columns != MnistFile.COLUMNS) {
                throw new DataFileException(file, 0, String.format(Locale.ROOT,
                        "images are %s x %s pixels, expected %d x %d; %s", Integer.toUnsignedString(rows),
                        Integer.toUnsignedString(columns), MnistFile.ROWS, MnistFile.COLUMNS, RESTORE));
            }
        }
    }

    private static void checkLabels(Path file, byte[] labels) throws DataFileException {
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i] & 0xFF;
            if (label > 9) {
                throw new DataFileException(file, 0, String.format(Locale.ROOT,
                        "label %,d is %d, but MNIST labels are digits 0 to 9; %s", i, label, RESTORE));
            }
        }
    }
}

package dev.neuralode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Mnist#load} refuses damaged files with one message that names the file and the fix. Each
 * test alters a copy of the shipped files in a temporary directory; to reach the checks behind the
 * SHA-256, it passes the hash of the altered copy. They alter the label files and the test images,
 * which are read before the training images, so that no test waits for those 47 MB.
 */
class MnistErrorsTest {

    private static final String LABELS = MnistFile.TRAIN_LABELS.fileName();
    private static final String FIX = "git checkout -- datasets/mnist";

    @TempDir
    Path dir;

    @BeforeEach
    void copyShippedFiles() throws IOException {
        for (MnistFile f : MnistFile.values()) {
            Files.copy(Mnist.DEFAULT_DIRECTORY.resolve(f.fileName()), dir.resolve(f.fileName()));
        }
    }

    @Test
    void aMissingFileIsNamedWithWhereToRunFrom() throws IOException {
        Files.delete(dir.resolve(MnistFile.TEST_IMAGES.fileName()));
        DataFileException e = assertThrows(DataFileException.class, () -> Mnist.load(dir));
        assertNames(e, dir.resolve(MnistFile.TEST_IMAGES.fileName()));
        assertContains(e, "not found in " + dir.toAbsolutePath());
        assertContains(e, "project directory");
        assertContains(e, "--data DIR");

        DataFileException none = assertThrows(DataFileException.class, () -> Mnist.load(dir.resolve("nowhere")));
        assertNames(none, dir.resolve("nowhere").resolve(LABELS));
        assertContains(none, "nor are t10k-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, train-images-idx3-ubyte.gz");
    }

    @Test
    void aChangedByteFailsTheChecksum() throws IOException {
        Path file = dir.resolve(LABELS);
        byte[] gz = Files.readAllBytes(file);
        gz[gz.length / 2] ^= 1;
        Files.write(file, gz);
        DataFileException e = assertThrows(DataFileException.class, () -> Mnist.load(dir));
        assertNames(e, file);
        assertContains(e, "SHA-256 is " + MnistFileReader.sha256(gz) + ", expected " + MnistFile.TRAIN_LABELS.sha256());
        assertContains(e, "damaged or altered");
        assertContains(e, FIX);
    }

    @Test
    void aWrongMagicNumberIsRefused() throws Exception {
        byte[] labels = raw(LABELS);
        ByteBuffer.wrap(labels).putInt(0, 0x00000803);
        assertRefused(LABELS, gzip(labels), "IDX magic number is 0x00000803, expected 0x00000801");

        String images = MnistFile.TEST_IMAGES.fileName();
        byte[] pixels = raw(images);
        ByteBuffer.wrap(pixels).putInt(0, 0x00000801);
        assertRefused(images, gzip(pixels), "IDX magic number is 0x00000801, expected 0x00000803");
    }

    @Test
    void wrongCountsAndImageSizesAreRefused() throws Exception {
        byte[] labels = raw(LABELS);
        ByteBuffer.wrap(labels).putInt(4, 59_999);
        assertRefused(LABELS, gzip(labels), "holds 59,999 labels, expected 60,000 (the MNIST training set)");

        String images = MnistFile.TEST_IMAGES.fileName();
        byte[] pixels = raw(images);
        ByteBuffer.wrap(pixels).putInt(8, 27);
        assertRefused(images, gzip(pixels), "images are 27 x 28 pixels, expected 28 x 28");
    }

    @Test
    void truncatedFilesAreRefused() throws Exception {
        byte[] labels = raw(LABELS);
        assertRefused(LABELS, gzip(Arrays.copyOf(labels, labels.length - 100)),
                "holds 59,900 bytes after its header, expected 60,000: the file is truncated");
        assertRefused(LABELS, gzip(Arrays.copyOf(labels, 5)), "fewer than the 8-byte IDX header: the file is truncated");
        byte[] gz = Files.readAllBytes(Mnist.DEFAULT_DIRECTORY.resolve(LABELS));
        assertRefused(LABELS, Arrays.copyOf(gz, gz.length / 2), "the gzip data ends early");
    }

    @Test
    void extraContentIsRefused() throws Exception {
        byte[] labels = raw(LABELS);
        assertRefused(LABELS, gzip(Arrays.copyOf(labels, labels.length + 1)),
                "decompresses to more than the expected 60,008 bytes (decompression stopped there)");
    }

    @Test
    void aGzipBombIsRefusedWithoutInflatingIt() throws Exception {
        // A valid label header followed by 50 MB of zeros: about 50 KB compressed, 800 times the labels.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bomb)) { // the default level: fast levels compress zeros too little
            out.write(Arrays.copyOf(raw(LABELS), 8));
            byte[] zeros = new byte[1 << 20];
            for (int mb = 0; mb < 50; mb++) {
                out.write(zeros);
            }
        }
        assertTrue(bomb.size() < MnistFile.TRAIN_LABELS.maxCompressedBytes(), "the bomb passes the size check: " + bomb.size());
        assertRefused(LABELS, bomb.toByteArray(), "decompresses to more than the expected 60,008 bytes");
    }

    @Test
    void aFileTooLargeToBeAGzipOfMnistIsNotRead() throws Exception {
        assertRefused(LABELS, new byte[1_000_000],
                "is 1,000,000 bytes, more than any gzip of the 60,008-byte MNIST file can be");
    }

    @Test
    void otherDataIsRefused() throws Exception {
        assertRefused(LABELS, "x,y\n1,2\n".getBytes(), "is not valid gzip data");
        byte[] labels = raw(LABELS);
        labels[8 + 123] = 10;
        assertRefused(LABELS, gzip(labels), "label 123 is 10, but MNIST labels are digits 0 to 9");
    }

    /**
     * Writes {@code content} in place of {@code name}, checks that loading fails on it with
     * {@code problem}, and puts the shipped file back.
     */
    private void assertRefused(String name, byte[] content, String problem) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        try {
            assertLoadFailsOn(file, problem);
        } finally {
            Files.copy(Mnist.DEFAULT_DIRECTORY.resolve(name), file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void assertLoadFailsOn(Path file, String problem) throws IOException {
        Map<MnistFile, String> hashes = new EnumMap<>(MnistFile.class);
        for (MnistFile f : MnistFile.values()) {
            Path copy = dir.resolve(f.fileName());
            hashes.put(f, copy.equals(file) ? MnistFileReader.sha256(Files.readAllBytes(copy)) : f.sha256());
        }
        DataFileException e = assertThrows(DataFileException.class, () -> Mnist.load(dir, hashes));
        assertNames(e, file);
        assertContains(e, problem);
        assertContains(e, FIX);
    }

    private static void assertNames(DataFileException e, Path file) {
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
    }

    private static void assertContains(DataFileException e, String part) {
        assertTrue(e.getMessage().contains(part), () -> "'" + e.getMessage() + "' should contain '" + part + "'");
    }

    /** The shipped file's IDX content, decompressed here rather than by the code under test. */
    private static byte[] raw(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Mnist.DEFAULT_DIRECTORY.resolve(name)))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = fastGzip(gz)) {
            out.write(content);
        }
        return gz.toByteArray();
    }

    /** A gzip writer at the fastest level: the fixtures need valid gzip, not small files. */
    private static OutputStream fastGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }
}

package dev.neuralode.cli;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.nn.Npz;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Hostile and damaged input files for {@link BadInputCatalogueTest}, built in memory so that the
 * repository holds no large or binary fixtures: archives, {@code .npy} arrays with headers written
 * by hand, and pictures whose header claims a size their few bytes do not hold.
 */
final class BadInputs {

    private BadInputs() {
    }

    /** A zip archive of the entries, in order, deflated. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** An archive of {@code count} valid one-element arrays, one more than an archive may hold being a bomb of entries. */
    static byte[] manyArrays(int count) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] scalar = npy("<f4", "()", 4);
        for (int i = 0; i < count; i++) {
            entries.put(i + ".npy", scalar);
        }
        return zip(entries);
    }

    /**
     * A {@code .npy} version 1.0 file with the given {@code descr} and {@code shape} written into its
     * header as they are, followed by {@code dataBytes} zero bytes, so that a header can disagree with
     * its data or hold what NumPy never writes.
     */
    static byte[] npy(String descr, String shape, int dataBytes) {
        return npy("{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }", dataBytes);
    }

    /** A {@code .npy} version 1.0 file with the given header dict, followed by {@code dataBytes} zero bytes. */
    static byte[] npy(String dict, int dataBytes) {
        byte[] header = (dict + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(10 + header.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length).put(header);
        return out.array();
    }

    /** The named entry of a zip file, such as the weights of a checkpoint. */
    static byte[] entry(Path zipFile, String name) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
    }

    /** The weights of a checkpoint, by name, in order, to edit into a state dict to import. */
    static Map<String, Tensor> weights(Path checkpoint) throws IOException {
        return new LinkedHashMap<>(Npz.fromBytes(entry(checkpoint, "weights.npz"), "weights.npz"));
    }

    /** A tensor of the shape and dtype of {@code like}, every value NaN. */
    static Tensor nanLike(Tensor like) {
        double[] values = new double[(int) like.length()];
        Arrays.fill(values, Double.NaN);
        return Tensor.fromValues(values, like.dtype(), like.shape());
    }

    /** A PNG of one pixel of the colour, {@code 0xRRGGBB}. */
    static byte[] png(int rgb) throws IOException {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, rgb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * A PNG of one black pixel whose header claims {@code width x height} pixels: a few dozen bytes on
     * disk, gigabytes once decoded. The header's checksum is recomputed, so only the size gives it away.
     */
    static byte[] pngClaiming(int width, int height) throws IOException {
        byte[] png = png(0);
        // After the 8-byte signature: the IHDR chunk's length (4), type (4), width (4), height (4), ..., CRC.
        ByteBuffer b = ByteBuffer.wrap(png);
        b.putInt(16, width).putInt(20, height);
        int length = b.getInt(8);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + length);
        b.putInt(16 + length, (int) crc.getValue());
        return png;
    }

    /** The first half of a file's bytes, as a copy cut short by a full disk or an interrupted download leaves it. */
    static byte[] firstHalf(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return Arrays.copyOf(all, all.length / 2);
    }

    /** The SHA-256 of every file under {@code dir}, by relative path, to compare a directory before and after. */
    static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            hashes.put(dir.relativize(f).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(f))));
        }
        return hashes;
    }

    /** Copies a directory tree, files and all, so that each case gets its own copy of a reference run. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }
}

package dev.neuralode.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A set of labelled 28 x 28 grey-scale MNIST digits, immutable. Pixels are kept as the file's
 * unsigned bytes (0 is background, 255 full ink; 47 MB for the 60,000 training images, four times
 * less than floats) and become floats in {@code [0, 1]} ({@code pixel / 255}) only when copied
 * out. Subsets and splits share the pixel array and hold only the indices of their images, so a
 * validation split costs no copy of the pixels.
 *
 * <p>Batches are laid out NCHW: image {@code k} of a batch starts at {@code k * 784}, and its pixel
 * at row {@code r}, column {@code c} is at {@code k * 784 + r * 28 + c} (one channel).
 */
public final class MnistImages {

    public static final int ROWS = MnistFile.ROWS;
    public static final int COLUMNS = MnistFile.COLUMNS;
    /** Floats per image: 1 channel x 28 rows x 28 columns. */
    public static final int PIXELS = ROWS * COLUMNS;

    private static final float[] SCALE = new float[256];

    static {
        for (int v = 0; v < 256; v++) {
            SCALE[v] = v / 255f;
        }
    }

    private final byte[] pixels;
    private final byte[] labels;
    /** For each image of this set, its position in {@code labels} (and, times 784, in {@code pixels}). */
    private final int[] rows;

    /** Takes ownership of the arrays: the caller must not change them afterwards. */
    MnistImages(byte[] pixels, byte[] labels) {
        this(pixels, labels, Permutations.identity(labels.length));
        if (pixels.length != labels.length * PIXELS) {
            throw new IllegalArgumentException(pixels.length + " pixels do not make " + labels.length + " images of " + PIXELS);
        }
    }

    private MnistImages(byte[] pixels, byte[] labels, int[] rows) {
        this.pixels = pixels;
        this.labels = labels;
        this.rows = rows;
    }

    /** The number of images. */
    public int count() {
        return rows.length;
    }

    /** The digit shown by image {@code i}, 0 to 9. */
    public int label(int i) {
        return labels[rows[Objects.checkIndex(i, rows.length)]];
    }

    /** Where image {@code i} is in the file it was read from (0-based): the same for a subset as for the whole set. */
    public int fileIndex(int i) {
        return rows[Objects.checkIndex(i, rows.length)];
    }

    /** The labels of the given images, in the same order: the targets of {@link #batch}. */
    public int[] labels(int[] indices) {
        int[] out = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = label(indices[k]);
        }
        return out;
    }

    /** The raw value of one pixel of image {@code i}, 0 (background) to 255 (ink). */
    public int pixel(int i, int row, int column) {
        Objects.checkIndex(row, ROWS);
        Objects.checkIndex(column, COLUMNS);
        return pixels[start(i) + row * COLUMNS + column] & 0xFF;
    }

    /** Writes image {@code i}'s 784 pixels, row by row and scaled to {@code [0, 1]}, to {@code dst[offset..offset+783]}. */
    public void copyImage(int i, float[] dst, int offset) {
        Objects.checkFromIndexSize(offset, PIXELS, dst.length);
        int src = start(i);
        for (int p = 0; p < PIXELS; p++) {
            dst[offset + p] = SCALE[pixels[src + p] & 0xFF];
        }
    }

    /** The images at the given indices of this set, in that order (repeats allowed); pixels are shared, not copied. */
    public MnistImages subset(int[] indices) {
        int[] picked = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            picked[k] = rows[Objects.checkIndex(indices[k], rows.length)];
        }
        return new MnistImages(pixels, labels, picked);
    }

    /**
     * Holds out {@code heldOut} images chosen at random: {@code {rest, heldOut}}, disjoint, together
     * the whole set, each in this set's order. The choice is {@link Permutations#shuffled} driven by
     * {@code new SplittableRandom(seed)}, so the same seed always holds out the same images. The
     * validation split is {@code mnist.train().split(Mnist.VALIDATION_IMAGES, seed)}.
     */
    public MnistImages[] split(int heldOut, long seed) {
        if (heldOut < 0 || heldOut > count()) {
            throw new IllegalArgumentException("cannot hold out " + heldOut + " of " + count() + " images");
        }
        int[] order = Permutations.shuffled(count(), new SplittableRandom(seed));
        int[] held = Arrays.copyOfRange(order, 0, heldOut);
        int[] rest = Arrays.copyOfRange(order, heldOut, order.length);
        Arrays.sort(held);
        Arrays.sort(rest);
        return new MnistImages[] {subset(rest), subset(held)};
    }

    /** The given images as an NCHW batch of shape {@code (indices.length, 1, 28, 28)}, without augmentation. */
    public float[] batch(int[] indices) {
        return batch(indices, RandomCropPad.NONE, null);
    }

    /**
     * The given images as an NCHW batch of shape {@code (indices.length, 1, 28, 28)}, each cropped at
     * random from its zero-padded self.
     *
     * @param rng draws two shifts per image (rows first, then columns); may be null when {@code crop}
     *            has padding 0
     */
    public float[] batch(int[] indices, RandomCropPad crop, RandomGenerator rng) {
        float[] dst = new float[Math.multiplyExact(indices.length, PIXELS)];
        batchInto(indices, crop, rng, dst);
        return dst;
    }

    /** {@link #batch(int[], RandomCropPad, RandomGenerator)} into {@code dst[0 .. indices.length * 784)}, to reuse one array. */
    public void batchInto(int[] indices, RandomCropPad crop, RandomGenerator rng, float[] dst) {
        Objects.requireNonNull(crop, "crop (use RandomCropPad.NONE for no augmentation)");
        Objects.checkFromIndexSize(0, Math.multiplyExact(indices.length, PIXELS), dst.length);
        for (int k = 0; k < indices.length; k++) {
            int offset = k * PIXELS;
            if (crop.padding() == 0) {
                copyImage(indices[k], dst, offset);
            } else {
                int dy = crop.drawShift(rng);
                int dx = crop.drawShift(rng);
                copyShifted(indices[k], dy, dx, dst, offset);
            }
        }
    }

    /** Writes image {@code i} moved so that output pixel (r, c) is input pixel (r + dy, c + dx), 0 outside the image. */
    private void copyShifted(int i, int dy, int dx, float[] dst, int offset) {
        int src = start(i);
        // The columns c whose source c + dx lies inside the image; the same for every row.
        int c0 = Math.max(0, -dx);
        int c1 = Math.min(COLUMNS, COLUMNS - dx);
        for (int r = 0; r < ROWS; r++) {
            int out = offset + r * COLUMNS;
            int sr = r + dy;
            if (sr < 0 || sr >= ROWS) {
                Arrays.fill(dst, out, out + COLUMNS, 0f);
                continue;
            }
            int in = src + sr * COLUMNS + dx;
            Arrays.fill(dst, out, out + c0, 0f);
            for (int c = c0; c < c1; c++) {
                dst[out + c] = SCALE[pixels[in + c] & 0xFF];
            }
            Arrays.fill(dst, out + c1, out + COLUMNS, 0f);
        }
    }

    private int start(int i) {
        return rows[Objects.checkIndex(i, rows.length)] * PIXELS;
    }
}

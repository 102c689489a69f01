package dev.neuralode.data;

import java.util.random.RandomGenerator;

/**
 * The training augmentation "pad, then crop at random": the image is surrounded by {@code padding}
 * zeros on every side and a window of the original size is cut out of it at a uniformly random
 * position, the same as torchvision's {@code RandomCrop(28, padding=4)} for {@link #MNIST_TRAINING}.
 * Cutting at offset {@code (top, left)}, each uniform in {@code 0..2 * padding}, is the same as
 * shifting the image by {@code (top - padding, left - padding)} and filling what comes in with 0.
 *
 * @param padding zeros added on each side, in {@code [0, 28)}; 0 leaves every image unchanged
 */
public record RandomCropPad(int padding) {

    /** No augmentation: every image as it is. */
    public static final RandomCropPad NONE = new RandomCropPad(0);

    /** Padding 4, the usual augmentation for MNIST classifiers (torchvision {@code RandomCrop(28, padding=4)}). */
    public static final RandomCropPad MNIST_TRAINING = new RandomCropPad(4);

    public RandomCropPad {
        if (padding < 0 || padding >= MnistFile.ROWS) {
            throw new IllegalArgumentException("padding must be in [0, " + MnistFile.ROWS + "), was " + padding);
        }
    }

    /**
     * A shift in {@code -padding..padding}, drawn uniformly: the crop's offset in the padded image
     * minus the padding. Draws nothing when the padding is 0, so {@code rng} may then be null.
     */
    public int drawShift(RandomGenerator rng) {
        return padding == 0 ? 0 : rng.nextInt(2 * padding + 1) - padding;
    }
}

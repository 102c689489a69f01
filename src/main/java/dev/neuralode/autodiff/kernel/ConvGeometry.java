package dev.neuralode.autodiff.kernel;

import java.util.Arrays;

/**
 * The shapes of one 2-D convolution's patch extraction: an NCHW image batch, a {@code kh x kw}
 * window moved by {@code stride} over the image padded with {@code padding} zeros on every side.
 * The output has {@code OH = (H + 2p - kh) / stride + 1} rows and {@code OW} likewise (PyTorch's
 * {@code Conv2d} shape formula without dilation).
 *
 * <p>It also holds, for one image, where each entry of the patch matrix comes from, so that
 * im2col (a gather) and col2im (the matching scatter-add) of both kernels share one index map
 * and stay exact adjoints of each other.
 */
public final class ConvGeometry {

    public final int batch;
    public final int channels;
    public final int height;
    public final int width;
    public final int kernelH;
    public final int kernelW;
    public final int stride;
    public final int padding;
    public final int outH;
    public final int outW;

    /**
     * For patch row {@code r = (c kh + i) kw + j} and output position {@code l = oy OW + ox}: the
     * offset {@code c H W + iy W + ix} inside one image, or -1 where the window lies on padding.
     */
    private final int[] sourceOffset;

    private ConvGeometry(int[] image, int kernelH, int kernelW, int stride, int padding, int outH, int outW) {
        this.batch = image[0];
        this.channels = image[1];
        this.height = image[2];
        this.width = image[3];
        this.kernelH = kernelH;
        this.kernelW = kernelW;
        this.stride = stride;
        this.padding = padding;
        this.outH = outH;
        this.outW = outW;
        this.sourceOffset = offsets();
    }

    /**
     * Validates an NCHW image shape and a window against each other.
     *
     * @throws IllegalArgumentException naming the op, the shape and the fix
     */
    public static ConvGeometry of(String op, long[] imageShape, int kernelH, int kernelW, int stride, int padding) {
        if (imageShape.length != 4) {
            throw new IllegalArgumentException(op + ": needs an NCHW image batch of rank 4, shape was "
                    + Shapes.str(imageShape) + "; reshape a single image to (1, C, H, W)");
        }
        if (kernelH < 1 || kernelW < 1 || stride < 1 || padding < 0) {
            throw new IllegalArgumentException(op + ": kernel " + kernelH + "x" + kernelW + ", stride " + stride
                    + " and padding " + padding + " must be positive (padding may be 0)");
        }
        int[] image = new int[4];
        for (int i = 0; i < 4; i++) {
            if (imageShape[i] < 1 || imageShape[i] > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(op + ": image shape " + Shapes.str(imageShape) + " has an empty or huge axis");
            }
            image[i] = (int) imageShape[i];
        }
        long paddedH = imageShape[2] + 2L * padding;
        long paddedW = imageShape[3] + 2L * padding;
        if (paddedH < kernelH || paddedW < kernelW) {
            throw new IllegalArgumentException(op + ": kernel " + kernelH + "x" + kernelW + " is larger than the padded image "
                    + paddedH + "x" + paddedW + " of shape " + Shapes.str(imageShape) + "; use more padding or a smaller kernel");
        }
        int outH = (int) ((paddedH - kernelH) / stride + 1);
        int outW = (int) ((paddedW - kernelW) / stride + 1);
        // The kernels address the patch matrix through one NIO buffer, whose size in bytes is an int.
        long patchElements = (long) image[1] * kernelH * kernelW * image[0] * outH * outW;
        if (patchElements > Integer.MAX_VALUE / Double.BYTES) {
            throw new IllegalArgumentException(op + ": the patch matrix for shape " + Shapes.str(imageShape) + " would hold "
                    + patchElements + " elements, more than " + Integer.MAX_VALUE / Double.BYTES + "; use a smaller batch");
        }
        return new ConvGeometry(image, kernelH, kernelW, stride, padding, outH, outW);
    }

    public long[] imageShape() {
        return new long[] {batch, channels, height, width};
    }

    /** Rows of the patch matrix: one per (channel, kernel row, kernel column). */
    public int patchRows() {
        return channels * kernelH * kernelW;
    }

    /** Output positions per image. */
    public int positions() {
        return outH * outW;
    }

    /** The patch matrix's shape: {@code (C kh kw, N OH OW)}. */
    public long[] patchShape() {
        return new long[] {patchRows(), (long) batch * positions()};
    }

    /**
     * The patch matrix {@code (C kh kw, N OH OW)} of an image batch of this geometry's shape, in C
     * order. Both kernels run this one double-precision loop: converting float32 costs far less than
     * the gather itself, and one loop cannot drift from a second.
     */
    public double[] patches(double[] image) {
        double[] out = new double[(int) Shapes.length(patchShape())];
        gather(image, out);
        return out;
    }

    /** The image batch whose every position is the sum of the patch-matrix entries taken from it. */
    public double[] image(double[] patches) {
        double[] out = new double[(int) Shapes.length(imageShape())];
        scatterAdd(patches, out);
        return out;
    }

    /** Copies image values into the patch matrix (zeros on padding). */
    private void gather(double[] image, double[] patches) {
        int imageSize = channels * height * width;
        int positions = positions();
        int columns = batch * positions;
        for (int r = 0; r < patchRows(); r++) {
            for (int n = 0; n < batch; n++) {
                int dst = r * columns + n * positions;
                int base = n * imageSize;
                for (int l = 0; l < positions; l++) {
                    int src = sourceOffset[r * positions + l];
                    patches[dst + l] = src < 0 ? 0.0 : image[base + src];
                }
            }
        }
    }

    /** Adds every patch-matrix entry back onto the image position it came from (the adjoint of gather). */
    private void scatterAdd(double[] patches, double[] image) {
        int imageSize = channels * height * width;
        int positions = positions();
        int columns = batch * positions;
        for (int r = 0; r < patchRows(); r++) {
            for (int n = 0; n < batch; n++) {
                int from = r * columns + n * positions;
                int base = n * imageSize;
                for (int l = 0; l < positions; l++) {
                    int dst = sourceOffset[r * positions + l];
                    if (dst >= 0) {
                        image[base + dst] += patches[from + l];
                    }
                }
            }
        }
    }

    private int[] offsets() {
        int positions = positions();
        int[] offsets = new int[patchRows() * positions];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kernelH; i++) {
                for (int j = 0; j < kernelW; j++) {
                    int row = (c * kernelH + i) * kernelW + j;
                    for (int oy = 0; oy < outH; oy++) {
                        int iy = oy * stride - padding + i;
                        for (int ox = 0; ox < outW; ox++) {
                            int ix = ox * stride - padding + j;
                            boolean inside = iy >= 0 && iy < height && ix >= 0 && ix < width;
                            offsets[row * positions + oy * outW + ox] = inside ? (c * height + iy) * width + ix : -1;
                        }
                    }
                }
            }
        }
        return offsets;
    }

    @Override
    public String toString() {
        return "image " + Arrays.toString(imageShape()) + ", kernel " + kernelH + "x" + kernelW
                + ", stride " + stride + ", padding " + padding;
    }
}

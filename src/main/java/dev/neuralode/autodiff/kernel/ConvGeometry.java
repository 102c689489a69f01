package dev.neuralode.autodiff.kernel;

import java.util.Arrays;

/**
 * The shapes of one 2-D convolution's patch extraction: an NCHW image batch, a {@code kh x kw}
 * window moved by {@code stride} over the image padded with {@code padding} zeros on every side.
 * The output has {@code OH = (H + 2p - kh) / stride + 1} rows and {@code OW} likewise (PyTorch's
 * {@code Conv2d} shape formula without dilation).
 *
 * <p>It also holds where each entry of the patch matrix comes from, as runs: for patch row
 * {@code r = (c kh + i) kw + j} and output row {@code oy}, the output columns {@code ox} in
 * {@code [runFrom(r), runTo(r))} read the image row {@code oy s - p + i} at columns
 * {@code ox s - p + j}, which lie inside the image; every other entry of the patch matrix lies on
 * padding. The host kernels' im2col (a gather) and col2im (the matching scatter-add) both walk these
 * runs in one order, so they stay exact adjoints of each other; the ND4J kernels use ND4J's own
 * im2col and col2im, whose results the tests compare with them.
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
     * For patch row {@code r} and output row {@code oy}, at {@code r OH + oy}: the offset inside one
     * image of the run's first element, {@code c H W + iy W + runFrom(r) s - p + j}, or -1 where the
     * whole row of windows lies on padding (the image row {@code iy} is outside, or no column is inside).
     */
    private final int[] runStart;

    /** For kernel column j: the output columns {@code [from, to)} whose window column {@code ox s - p + j} is inside the image. */
    private final int[] columnFrom;
    private final int[] columnTo;

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
        this.columnFrom = new int[kernelW];
        this.columnTo = new int[kernelW];
        for (int j = 0; j < kernelW; j++) {
            // The smallest ox with ox s - p + j >= 0, and one past the largest with ox s - p + j < W.
            columnFrom[j] = Math.min(outW, Math.max(0, ceilDiv(padding - j, stride)));
            columnTo[j] = Math.max(columnFrom[j], Math.min(outW, ceilDiv(width + padding - j, stride)));
        }
        this.runStart = runStarts();
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
        // Patch-matrix offsets are ints, and a float64 patch matrix is read back through one NIO buffer,
        // whose size in bytes is an int.
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

    /** The first output column of patch row {@code r} whose window column lies inside the image. */
    public int runFrom(int r) {
        return columnFrom[r % kernelW];
    }

    /** One past the last output column of patch row {@code r} whose window column lies inside the image. */
    public int runTo(int r) {
        return columnTo[r % kernelW];
    }

    /**
     * Where the run of patch row {@code r} and output row {@code oy} starts inside one image: entry
     * {@code ox} of that run, for {@code runFrom(r) <= ox < runTo(r)}, is the image element at offset
     * {@code runStart(r, oy) + (ox - runFrom(r)) stride} of its image. -1 when the run is empty.
     */
    public int runStart(int r, int oy) {
        return runStart[r * outH + oy];
    }

    private int[] runStarts() {
        int[] starts = new int[patchRows() * outH];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < kernelH; i++) {
                for (int j = 0; j < kernelW; j++) {
                    int r = (c * kernelH + i) * kernelW + j;
                    for (int oy = 0; oy < outH; oy++) {
                        int iy = oy * stride - padding + i;
                        boolean inside = iy >= 0 && iy < height && columnFrom[j] < columnTo[j];
                        starts[r * outH + oy] = inside ? (c * height + iy) * width + columnFrom[j] * stride - padding + j : -1;
                    }
                }
            }
        }
        return starts;
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }

    @Override
    public String toString() {
        return "image " + Arrays.toString(imageShape()) + ", kernel " + kernelH + "x" + kernelW
                + ", stride " + stride + ", padding " + padding;
    }
}

package dev.neuralode.autodiff.kernel.host;

import dev.neuralode.autodiff.kernel.ConvGeometry;
import java.util.Arrays;

/**
 * im2col and col2im on float32 arrays: one walk over {@link ConvGeometry}'s runs serves both the
 * gather (image to patch matrix) and its adjoint, the scatter-add (patch matrix to image), so the two
 * cannot drift apart. The walk goes row by row through the patch matrix {@code (C kh kw, N OH OW)},
 * so the patch matrix is written (gathered) or read (scattered) contiguously; for one patch row the
 * image side touches one channel plane of each image, which stays in cache across the {@code kh kw}
 * rows of that channel.
 *
 * <p>A stride-1 convolution that keeps the width (a 3x3 window with padding 1, as in the ODE block)
 * has a faster gather ({@link #isShifted}): one patch row of one image is then the image's channel
 * plane shifted by a constant offset, with the columns that wrap around zeroed, so it moves in one
 * copy instead of a run per output row (on 6x6 feature maps, runs of 5 or 6 values). The scatter
 * needs no such form: {@link HostConv2d} turns the input gradient of a stride-1 convolution into a
 * gather.
 */
final class HostConv {

    private HostConv() {
    }

    /** The patch matrix of an image batch, zeros where windows lie on padding. */
    static float[] im2col(float[] image, ConvGeometry g) {
        // Every entry is written (copied or zeroed), so recycled contents do not matter.
        float[] patches = HostScope.floats(g.patchRows() * g.batch * g.positions());
        if (isShifted(g)) {
            shifted(g, image, patches);
        } else {
            walk(g, image, patches, true);
        }
        return patches;
    }

    /** Stride 1 and as many output columns as image columns: every patch row is a shifted image. */
    static boolean isShifted(ConvGeometry g) {
        return g.stride == 1 && g.outW == g.width;
    }

    /**
     * The shifted form of {@link #walk}'s gather: for patch row {@code (c, i, j)} and image n, patch
     * entry {@code q} is image element {@code q + delta} wherever its window lies inside the image, so
     * one copy moves the span; the entries in between (columns that wrap to the neighbouring row) and
     * the rows on padding are then zeroed.
     */
    private static void shifted(ConvGeometry g, float[] image, float[] patches) {
        int positions = g.positions();
        int columns = g.batch * positions;
        int plane = g.height * g.width;
        int w = g.width;
        for (int r = 0; r < g.patchRows(); r++) {
            int c = r / (g.kernelH * g.kernelW);
            int dy = (r / g.kernelW) % g.kernelH - g.padding;
            int dx = r % g.kernelW - g.padding;
            int from = g.runFrom(r);
            int to = g.runTo(r);
            int oyFrom = Math.max(0, -dy);
            int oyTo = Math.min(g.outH, g.height - dy);
            for (int n = 0; n < g.batch; n++) {
                int patch0 = r * columns + n * positions;
                if (oyFrom >= oyTo || from >= to) {
                    Arrays.fill(patches, patch0, patch0 + positions, 0f);
                    continue;
                }
                int spanFrom = patch0 + oyFrom * w + from;
                int spanTo = patch0 + (oyTo - 1) * w + to;
                int delta = (n * g.channels + c) * plane + dy * w + dx - patch0;
                System.arraycopy(image, spanFrom + delta, patches, spanFrom, spanTo - spanFrom);
                Arrays.fill(patches, patch0, spanFrom, 0f);
                Arrays.fill(patches, spanTo, patch0 + positions, 0f);
                for (int oy = oyFrom; oy < oyTo; oy++) {
                    Arrays.fill(patches, patch0 + oy * w, patch0 + oy * w + from, 0f);
                    Arrays.fill(patches, patch0 + oy * w + to, patch0 + (oy + 1) * w, 0f);
                }
            }
        }
    }

    /** The image batch whose every element is the sum of the patch-matrix entries taken from it. */
    static float[] col2im(float[] patches, ConvGeometry g) {
        float[] image = HostScope.zeros(g.batch * g.channels * g.height * g.width);
        walk(g, image, patches, false);
        return image;
    }

    /**
     * For every run of {@code g}: copies image values into the patch matrix (and zeros around the
     * run) when {@code gather}, else adds the run's patch entries onto the image.
     */
    private static void walk(ConvGeometry g, float[] image, float[] patches, boolean gather) {
        int positions = g.positions();
        int columns = g.batch * positions;
        int imageSize = g.channels * g.height * g.width;
        int rows = g.patchRows();
        int outW = g.outW;
        for (int r = 0; r < rows; r++) {
            int from = g.runFrom(r);
            int to = g.runTo(r);
            for (int n = 0; n < g.batch; n++) {
                int image0 = n * imageSize;
                int patch0 = r * columns + n * positions;
                for (int oy = 0; oy < g.outH; oy++) {
                    int start = g.runStart(r, oy);
                    int at = patch0 + oy * outW;
                    if (gather) {
                        gatherRun(image, start < 0 ? -1 : image0 + start, g.stride, patches, at, from, to, outW);
                    } else if (start >= 0) {
                        scatterRun(patches, at + from, image, image0 + start, g.stride, to - from);
                    }
                }
            }
        }
    }

    /**
     * One output row of one patch row: {@code patches[at + ox] = image[src + (ox - from) s]} for
     * {@code from <= ox < to}, zero elsewhere in {@code [0, outW)}; all zero when {@code src < 0}.
     */
    private static void gatherRun(float[] image, int src, int s, float[] patches, int at, int from, int to, int outW) {
        if (src < 0) {
            for (int ox = 0; ox < outW; ox++) {
                patches[at + ox] = 0f;
            }
            return;
        }
        for (int ox = 0; ox < from; ox++) {
            patches[at + ox] = 0f;
        }
        if (s == 1) {
            System.arraycopy(image, src, patches, at + from, to - from);
        } else {
            for (int ox = from, k = src; ox < to; ox++, k += s) {
                patches[at + ox] = image[k];
            }
        }
        for (int ox = to; ox < outW; ox++) {
            patches[at + ox] = 0f;
        }
    }

    /** The adjoint of {@link #gatherRun} on one run: {@code image[dst + k s] += patches[from + k]}, k below length. */
    private static void scatterRun(float[] patches, int from, float[] image, int dst, int s, int length) {
        if (s == 1) {
            for (int k = 0; k < length; k++) {
                image[dst + k] += patches[from + k];
            }
        } else {
            for (int k = 0; k < length; k++) {
                image[dst + k * s] += patches[from + k];
            }
        }
    }
}

package dev.neuralode.autodiff.kernel.host;

import dev.neuralode.autodiff.kernel.Shapes;

/**
 * Float32 reductions and data movement on C-ordered Java arrays for the host fast path
 * ({@link HostKernels}). Axis operations view a shape as {@code [outer, n, inner]} around the axis, so
 * each is a loop of contiguous block copies.
 */
final class HostShape {

    private HostShape() {
    }

    /**
     * Sums {@code x} down to {@code target}, the adjoint of broadcasting: target has x's rank
     * after left-padding with 1s, and each of its axes is 1 or x's length there.
     */
    static float[] sumTo(float[] x, long[] sx, long[] target) {
        float[] y = HostScope.zeros((int) Shapes.length(target));
        int rank = sx.length;
        long[] strideY = HostElementwise.broadcastStrides(target, sx);
        int inner = rank;
        int run = 1;
        boolean advance = false;
        boolean modeKnown = false;
        while (inner > 0) {
            int ax = inner - 1;
            if (sx[ax] != 1) {
                boolean a = strideY[ax] != 0;
                if (!modeKnown) {
                    advance = a;
                    modeKnown = true;
                } else if (a != advance) {
                    break;
                }
            }
            run *= (int) sx[ax];
            inner--;
        }
        int outer = run == 0 ? 0 : x.length / run;
        if (inner == 1 && advance && strideY[0] == 0) {
            columnSums(x, y, outer, run);
            return y;
        }
        int[] counter = new int[inner];
        int offY = 0;
        for (int o = 0; o < outer; o++) {
            int base = o * run;
            if (advance) {
                for (int i = 0; i < run; i++) {
                    y[offY + i] += x[base + i];
                }
            } else {
                float s = 0f;
                for (int i = 0; i < run; i++) {
                    s += x[base + i];
                }
                y[offY] += s;
            }
            for (int ax = inner - 1; ax >= 0; ax--) {
                offY += (int) strideY[ax];
                if (++counter[ax] < sx[ax]) {
                    break;
                }
                offY -= (int) (strideY[ax] * sx[ax]);
                counter[ax] = 0;
            }
        }
        return y;
    }

    /**
     * {@code y[j] += sum_r x[r, j]}: the bias-gradient reduction, four rows per pass because rows are
     * often short (64 floats) and a loop that short runs mostly in its scalar tail.
     */
    private static void columnSums(float[] x, float[] y, int rows, int m) {
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            int o = r * m;
            for (int j = 0; j < m; j++) {
                y[j] += x[o + j] + x[o + m + j] + x[o + 2 * m + j] + x[o + 3 * m + j];
            }
        }
        for (; r < rows; r++) {
            int o = r * m;
            for (int j = 0; j < m; j++) {
                y[j] += x[o + j];
            }
        }
    }

    private static int before(long[] shape, int axis) {
        int n = 1;
        for (int i = 0; i < axis; i++) {
            n *= (int) shape[i];
        }
        return n;
    }

    private static int after(long[] shape, int axis) {
        int n = 1;
        for (int i = axis + 1; i < shape.length; i++) {
            n *= (int) shape[i];
        }
        return n;
    }

    /**
     * {@code m + log sum exp(x - m)} along an axis with {@code m} the maximum, the axis kept with
     * size 1; accumulated in double so that long axes lose nothing.
     */
    static float[] logSumExp(float[] x, long[] sx, int axis) {
        int outer = before(sx, axis);
        int inner = after(sx, axis);
        int n = (int) sx[axis];
        float[] y = HostScope.floats(outer * inner);
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                int base = o * n * inner + i;
                float m = Float.NEGATIVE_INFINITY;
                for (int k = 0; k < n; k++) {
                    m = Math.max(m, x[base + k * inner]);
                }
                double sum = 0.0;
                for (int k = 0; k < n; k++) {
                    sum += Math.exp(x[base + k * inner] - m);
                }
                // An axis of -inf (or +inf) has no finite shift; its log-sum-exp is m itself.
                y[o * inner + i] = Float.isInfinite(m) ? m : (float) (m + Math.log(sum));
            }
        }
        return y;
    }

    /** Elements {@code [from, to)} along an axis. */
    static float[] slice(float[] x, long[] sx, int axis, int from, int to) {
        int outer = before(sx, axis);
        int inner = after(sx, axis);
        int n = (int) sx[axis];
        int m = to - from;
        float[] y = HostScope.floats(outer * m * inner);
        for (int o = 0; o < outer; o++) {
            System.arraycopy(x, (o * n + from) * inner, y, o * m * inner, m * inner);
        }
        return y;
    }

    /** x placed at {@code from} along an axis of a zero array of that axis length {@code length}. */
    static float[] pad(float[] x, long[] sx, int axis, int from, int length) {
        int outer = before(sx, axis);
        int inner = after(sx, axis);
        int m = (int) sx[axis];
        float[] y = HostScope.zeros(outer * length * inner);
        for (int o = 0; o < outer; o++) {
            System.arraycopy(x, o * m * inner, y, (o * length + from) * inner, m * inner);
        }
        return y;
    }

    /** The given indices along an axis. */
    static float[] select(float[] x, long[] sx, int axis, int[] indices) {
        int outer = before(sx, axis);
        int inner = after(sx, axis);
        int n = (int) sx[axis];
        int m = indices.length;
        float[] y = HostScope.floats(outer * m * inner);
        for (int o = 0; o < outer; o++) {
            for (int k = 0; k < m; k++) {
                System.arraycopy(x, (o * n + indices[k]) * inner, y, (o * m + k) * inner, inner);
            }
        }
        return y;
    }

    /** Slices of x added into a zero array at the given indices along an axis (repeats accumulate). */
    static float[] indexAdd(float[] x, long[] sx, int axis, int[] indices, int length) {
        int outer = before(sx, axis);
        int inner = after(sx, axis);
        int m = indices.length;
        float[] y = HostScope.zeros(outer * length * inner);
        for (int o = 0; o < outer; o++) {
            for (int k = 0; k < m; k++) {
                int src = (o * m + k) * inner;
                int dst = (o * length + indices[k]) * inner;
                for (int i = 0; i < inner; i++) {
                    y[dst + i] += x[src + i];
                }
            }
        }
        return y;
    }

    /** Parts joined along an axis; all other axes agree. */
    static float[] concat(float[][] parts, long[][] shapes, int axis) {
        int outer = before(shapes[0], axis);
        int inner = after(shapes[0], axis);
        int total = 0;
        for (long[] s : shapes) {
            total += (int) s[axis];
        }
        float[] y = HostScope.floats(outer * total * inner);
        for (int o = 0; o < outer; o++) {
            int dst = o * total * inner;
            for (int p = 0; p < parts.length; p++) {
                int block = (int) shapes[p][axis] * inner;
                System.arraycopy(parts[p], o * block, y, dst, block);
                dst += block;
            }
        }
        return y;
    }

    /** Axes reordered: {@code y.shape[i] = x.shape[order[i]]}. */
    static float[] permute(float[] x, long[] sx, int[] order) {
        int rank = sx.length;
        long[] stride = new long[rank];
        long st = 1;
        for (int i = rank - 1; i >= 0; i--) {
            stride[i] = st;
            st *= sx[i];
        }
        long[] sy = new long[rank];
        long[] srcStride = new long[rank];
        for (int i = 0; i < rank; i++) {
            sy[i] = sx[order[i]];
            srcStride[i] = stride[order[i]];
        }
        float[] y = HostScope.floats(x.length);
        int[] counter = new int[rank];
        int src = 0;
        for (int i = 0; i < y.length; i++) {
            y[i] = x[src];
            for (int ax = rank - 1; ax >= 0; ax--) {
                src += (int) srcStride[ax];
                if (++counter[ax] < sy[ax]) {
                    break;
                }
                src -= (int) (srcStride[ax] * sy[ax]);
                counter[ax] = 0;
            }
        }
        return y;
    }
}

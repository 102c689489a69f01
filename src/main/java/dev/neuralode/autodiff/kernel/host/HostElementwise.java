package dev.neuralode.autodiff.kernel.host;

import dev.neuralode.autodiff.kernel.Activation;
import dev.neuralode.autodiff.kernel.Shapes;

/**
 * Float32 elementwise kernels on C-ordered Java arrays for the host kernels ({@link HostKernels}).
 * Every loop is a plain counted loop over arrays, a shape HotSpot's C2 compiler vectorises; the
 * choice of operation is made outside the loop so that it does not block vectorisation.
 */
final class HostElementwise {

    /** {@code FIRST} yields the first operand, which turns {@link #binary} into a broadcast copy. */
    enum Binary { ADD, SUB, MUL, DIV, FIRST }

    enum Unary { EXP, LOG, SQRT, ABS, SIGN, TANH, SIGMOID, SOFTPLUS, RELU, SQUARE }

    private HostElementwise() {
    }

    /**
     * {@code a (op) b} with NumPy broadcasting to {@code out}. Trailing axes along which both
     * operands advance (or both stay fixed) are merged into one inner run, so the common cases
     * (same shape, a bias row, a per-row scale, a scalar) become one or a few long loops.
     */
    static float[] binary(Binary op, float[] a, long[] sa, float[] b, long[] sb, long[] out) {
        int rank = out.length;
        float[] y = HostScope.floats((int) Shapes.length(out));
        if (y.length == 0) {
            return y;
        }
        long[] strideA = broadcastStrides(sa, out);
        long[] strideB = broadcastStrides(sb, out);
        int inner = rank;
        int run = 1;
        boolean advA = false;
        boolean advB = false;
        boolean modeKnown = false;
        while (inner > 0) {
            int ax = inner - 1;
            // Size-1 axes move no offset, so they join any run.
            if (out[ax] != 1) {
                boolean aa = strideA[ax] != 0;
                boolean ab = strideB[ax] != 0;
                if (!modeKnown) {
                    advA = aa;
                    advB = ab;
                    modeKnown = true;
                } else if (aa != advA || ab != advB) {
                    break;
                }
            }
            run *= (int) out[ax];
            inner--;
        }
        int outer = y.length / run;
        if (inner == 1 && advA && advB && run < SHORT_ROW && outer >= 4 && (strideA[0] == 0) != (strideB[0] == 0)) {
            // A repeated row against a full array (a bias or gate row): C2 runs loops this short mostly in
            // their scalar tail, so tiling the row once and making one long pass is faster.
            boolean aRepeats = strideA[0] == 0;
            float[] tiled = tile(aRepeats ? a : b, run, outer);
            vectorVector(op, aRepeats ? tiled : a, 0, aRepeats ? b : tiled, 0, y, 0, y.length);
            return y;
        }
        int[] counter = new int[inner];
        int offA = 0;
        int offB = 0;
        for (int o = 0; o < outer; o++) {
            int base = o * run;
            if (advA && advB) {
                vectorVector(op, a, offA, b, offB, y, base, run);
            } else if (advA) {
                vectorScalar(op, a, offA, b[offB], y, base, run);
            } else if (advB) {
                scalarVector(op, a[offA], b, offB, y, base, run);
            } else {
                float v = apply(op, a[offA], b[offB]);
                java.util.Arrays.fill(y, base, base + run, v);
            }
            for (int ax = inner - 1; ax >= 0; ax--) {
                offA += (int) strideA[ax];
                offB += (int) strideB[ax];
                if (++counter[ax] < out[ax]) {
                    break;
                }
                offA -= (int) (strideA[ax] * out[ax]);
                offB -= (int) (strideB[ax] * out[ax]);
                counter[ax] = 0;
            }
        }
        return y;
    }

    /** Rows shorter than this are tiled before a pass (see {@link #binary}). */
    private static final int SHORT_ROW = 256;

    private static final ThreadLocal<float[]> TILE = ThreadLocal.withInitial(() -> new float[0]);

    /** {@code row} repeated {@code rows} times in a per-thread scratch array (valid until the next call). */
    private static float[] tile(float[] row, int m, int rows) {
        float[] s = TILE.get();
        if (s.length < m * rows) {
            s = new float[m * rows];
            TILE.set(s);
        }
        for (int r = 0; r < rows; r++) {
            System.arraycopy(row, 0, s, r * m, m);
        }
        return s;
    }

    /** Strides (in elements) of a C-ordered operand aligned to {@code out}; 0 along broadcast axes. */
    static long[] broadcastStrides(long[] s, long[] out) {
        long[] stride = new long[out.length];
        long st = 1;
        for (int i = out.length - 1, j = s.length - 1; i >= 0; i--, j--) {
            long d = j >= 0 ? s[j] : 1;
            stride[i] = d == 1 ? 0 : st;
            st *= d;
        }
        return stride;
    }

    private static float apply(Binary op, float x, float z) {
        switch (op) {
            case ADD: return x + z;
            case SUB: return x - z;
            case MUL: return x * z;
            case DIV: return x / z;
            default: return x;
        }
    }

    private static void vectorVector(Binary op, float[] a, int ia, float[] b, int ib, float[] y, int iy, int n) {
        switch (op) {
            case ADD: for (int i = 0; i < n; i++) { y[iy + i] = a[ia + i] + b[ib + i]; } break;
            case SUB: for (int i = 0; i < n; i++) { y[iy + i] = a[ia + i] - b[ib + i]; } break;
            case MUL: for (int i = 0; i < n; i++) { y[iy + i] = a[ia + i] * b[ib + i]; } break;
            case DIV: for (int i = 0; i < n; i++) { y[iy + i] = a[ia + i] / b[ib + i]; } break;
            default: System.arraycopy(a, ia, y, iy, n); break;
        }
    }

    private static void vectorScalar(Binary op, float[] a, int ia, float s, float[] y, int iy, int n) {
        switch (op) {
            case ADD: for (int i = 0; i < n; i++) { y[iy + i] = a[ia + i] + s; } break;
            case SUB: for (int i = 0; i < n; i++) { y[iy + i] = a[ia + i] - s; } break;
            case MUL: for (int i = 0; i < n; i++) { y[iy + i] = a[ia + i] * s; } break;
            case DIV: for (int i = 0; i < n; i++) { y[iy + i] = a[ia + i] / s; } break;
            default: System.arraycopy(a, ia, y, iy, n); break;
        }
    }

    private static void scalarVector(Binary op, float s, float[] b, int ib, float[] y, int iy, int n) {
        switch (op) {
            case ADD: for (int i = 0; i < n; i++) { y[iy + i] = s + b[ib + i]; } break;
            case SUB: for (int i = 0; i < n; i++) { y[iy + i] = s - b[ib + i]; } break;
            case MUL: for (int i = 0; i < n; i++) { y[iy + i] = s * b[ib + i]; } break;
            case DIV: for (int i = 0; i < n; i++) { y[iy + i] = s / b[ib + i]; } break;
            default: java.util.Arrays.fill(y, iy, iy + n, s); break;
        }
    }

    /** {@code f(x)} elementwise. Exp, log and softplus go through {@code Math} (correctly rounded, not vectorised). */
    static float[] unary(Unary op, float[] x) {
        float[] y = HostScope.floats(x.length);
        int n = x.length;
        switch (op) {
            case EXP: for (int i = 0; i < n; i++) { y[i] = (float) Math.exp(x[i]); } break;
            case LOG: for (int i = 0; i < n; i++) { y[i] = (float) Math.log(x[i]); } break;
            case SQRT: for (int i = 0; i < n; i++) { y[i] = (float) Math.sqrt(x[i]); } break;
            case ABS: for (int i = 0; i < n; i++) { y[i] = Math.abs(x[i]); } break;
            case SIGN: for (int i = 0; i < n; i++) { y[i] = Math.signum(x[i]); } break;
            case TANH: tanh(x, y); break;
            case SIGMOID: sigmoid(x, y); break;
            case SOFTPLUS: for (int i = 0; i < n; i++) { y[i] = softplus(x[i]); } break;
            case RELU: for (int i = 0; i < n; i++) { y[i] = Math.max(x[i], 0f); } break;
            default: for (int i = 0; i < n; i++) { y[i] = x[i] * x[i]; } break;
        }
        return y;
    }

    /** {@code log(1 + exp(x)) = max(x, 0) + log1p(exp(-|x|))}: no overflow for large x. */
    private static float softplus(float x) {
        return (float) (Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x))));
    }

    /**
     * In place on a freshly computed {@code (n, m)} product: adds the bias row (if any), then applies
     * the activation (if any) over the whole array in one long loop, which vectorises better than
     * short per-row loops; at Neural ODE sizes the array is still in cache from the product.
     */
    static void biasAndActivation(float[] y, int n, int m, float[] bias, Activation activation) {
        if (bias != null) {
            for (int r = 0; r < n; r++) {
                int row = r * m;
                for (int j = 0; j < m; j++) {
                    y[row + j] += bias[j];
                }
            }
        }
        // One small method per activation: C2 compiles and vectorises each loop on its own profile,
        // where one shared loop body was seen to fall back to scalar code after long runs.
        if (activation == Activation.TANH) {
            tanh(y, y);
        } else if (activation == Activation.SIGMOID) {
            sigmoid(y, y);
        } else if (activation == Activation.ELU) {
            elu(y, 1f, y);
        } else if (activation == Activation.RELU) {
            relu(y, y);
        }
    }

    /** {@code y = tanh(x)}; y may be x. */
    private static void tanh(float[] x, float[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] = FastMath.tanh(x[i]);
        }
    }

    /** {@code y = sigmoid(x)}; y may be x. */
    private static void sigmoid(float[] x, float[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] = FastMath.sigmoid(x[i]);
        }
    }

    /** {@code y = max(x, 0)}; y may be x. */
    private static void relu(float[] x, float[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.max(x[i], 0f);
        }
    }

    /** {@code y = x > 0 ? x : alpha (exp(x) - 1)}; y may be x. */
    private static void elu(float[] x, float alpha, float[] y) {
        for (int i = 0; i < y.length; i++) {
            // expm1Negative is 0 for x >= 0, so the sum picks the right branch without one (vectorises).
            y[i] = Math.max(x[i], 0f) + alpha * FastMath.expm1Negative(x[i]);
        }
    }

    /** {@code g act'(y)} from the activation's output y, one fused pass (see {@link Activation}). */
    static float[] activationGrad(Activation kind, float[] g, float[] y) {
        float[] z = HostScope.floats(g.length);
        if (kind == Activation.TANH) {
            for (int i = 0; i < z.length; i++) {
                z[i] = g[i] * (1f - y[i] * y[i]);
            }
        } else if (kind == Activation.ELU) {
            for (int i = 0; i < z.length; i++) {
                // y > 0 ? 1 : y + 1, without a branch
                z[i] = g[i] * (Math.min(y[i], 0f) + 1f);
            }
        } else if (kind == Activation.RELU) {
            for (int i = 0; i < z.length; i++) {
                // y >= 0: min(y 2^252, 1) is 1 for every positive float (the least is 2^-149) and 0 at 0.
                // A product vectorises where the branch of y > 0 ? g : 0 did not (7 to 30 times slower).
                z[i] = g[i] * Math.min(y[i] * 0x1p126f * 0x1p126f, 1f);
            }
        } else {
            for (int i = 0; i < z.length; i++) {
                z[i] = g[i] * y[i] * (1f - y[i]);
            }
        }
        return z;
    }

    /** {@code scale x + shift}. */
    static float[] affine(float[] x, float scale, float shift) {
        float[] y = HostScope.floats(x.length);
        for (int i = 0; i < y.length; i++) {
            y[i] = scale * x[i] + shift;
        }
        return y;
    }

    /** {@code x^p}, with the common exponents exact and fast. */
    static float[] pow(float[] x, double p) {
        float[] y = HostScope.floats(x.length);
        if (p == 3.0) {
            for (int i = 0; i < y.length; i++) {
                y[i] = x[i] * x[i] * x[i];
            }
        } else if (p == 0.5) {
            for (int i = 0; i < y.length; i++) {
                y[i] = (float) Math.sqrt(x[i]);
            }
        } else {
            for (int i = 0; i < y.length; i++) {
                y[i] = (float) Math.pow(x[i], p);
            }
        }
        return y;
    }

    /** ELU: {@code x > 0 ? x : alpha (exp(x) - 1)}. */
    static float[] elu(float[] x, double alpha) {
        float[] y = HostScope.floats(x.length);
        elu(x, (float) alpha, y);
        return y;
    }

    /** SiLU: {@code x sigmoid(x)}. */
    static float[] silu(float[] x) {
        float[] y = HostScope.floats(x.length);
        for (int i = 0; i < y.length; i++) {
            y[i] = x[i] * FastMath.sigmoid(x[i]);
        }
        return y;
    }

    /** {@code sum_j c_j x_j} over arrays of equal length, one pass per term. */
    static float[] combine(double[] c, float[][] x) {
        float[] y = HostScope.zeros(x[0].length);
        for (int j = 0; j < x.length; j++) {
            float cj = (float) c[j];
            if (cj == 0f) {
                continue;
            }
            float[] xj = x[j];
            for (int i = 0; i < y.length; i++) {
                y[i] += cj * xj[i];
            }
        }
        return y;
    }

    /** {@code mask != 0 ? a : b} for arrays already expanded to one shape. */
    static float[] where(float[] mask, float[] a, float[] b) {
        float[] y = HostScope.floats(mask.length);
        for (int i = 0; i < y.length; i++) {
            y[i] = mask[i] != 0f ? a[i] : b[i];
        }
        return y;
    }

    /** A 0/1 mask of {@code x > threshold}. */
    static float[] greaterThan(float[] x, float threshold) {
        float[] y = HostScope.floats(x.length);
        for (int i = 0; i < y.length; i++) {
            y[i] = x[i] > threshold ? 1f : 0f;
        }
        return y;
    }
}

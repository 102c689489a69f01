package dev.neuralode.autodiff.kernel.host;

import dev.neuralode.autodiff.kernel.Activation;
import dev.neuralode.autodiff.kernel.ConvGeometry;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.autodiff.kernel.GroupLayout;
import dev.neuralode.autodiff.kernel.Kernels;
import dev.neuralode.autodiff.kernel.Shapes;
import dev.neuralode.autodiff.kernel.Storage;
import java.util.Arrays;

/**
 * float32 kernels on Java arrays: counted loops that HotSpot vectorises, OpenBLAS's sgemm called
 * directly for matrix products, and no other native call. At Neural ODE sizes one ND4J call costs
 * more in overhead than the arithmetic of an elementwise op on a 1024x64 array (docs/benchmarks.md,
 * "Benchmark: bench autodiff"), which is why float32 on a CPU runs here.
 *
 * <p>Only float32: asked for another dtype, a kernel throws, since the engine routes float64 to the
 * ND4J kernels.
 */
public final class HostKernels implements Kernels {

    public static final HostKernels INSTANCE = new HostKernels();

    /** The ignored second operand of a broadcast copy. */
    private static final float[] NOTHING = {0f};
    private static final long[] SCALAR = new long[0];

    private HostKernels() {
    }

    /**
     * Sets the threads of the OpenBLAS these kernels call. It is a library of its own, next to the one
     * ND4J links, so ND4J's thread setting does not reach it.
     */
    public static void setThreads(int threads) {
        Blas.setThreads(threads);
    }

    private static float[] in(Storage s) {
        return s.floats();
    }

    private static Storage out(float[] values) {
        return HostStorage.made(values);
    }

    private static void requireFloat32(DType dtype) {
        if (dtype != DType.FLOAT32) {
            throw new IllegalArgumentException("the host kernels hold float32 only, was " + dtype);
        }
    }

    @Override
    public String name() {
        return "host";
    }

    @Override
    public boolean owns(Storage s) {
        return s instanceof HostStorage;
    }

    @Override
    public Storage fromFloats(float[] values, long[] shape) {
        return new HostStorage(values, null);
    }

    @Override
    public Storage fromDoubles(double[] values, DType dtype, long[] shape) {
        requireFloat32(dtype);
        float[] v = new float[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) values[i];
        }
        return new HostStorage(v, null);
    }

    @Override
    public Storage full(double value, DType dtype, long[] shape) {
        requireFloat32(dtype);
        float[] v = new float[(int) Shapes.length(shape)];
        Arrays.fill(v, (float) value);
        return new HostStorage(v, null);
    }

    @Override
    public Storage adopt(Storage s, long[] shape) {
        return owns(s) ? s : cast(s, shape, s.dtype());
    }

    @Override
    public Storage cast(Storage x, long[] shape, DType dtype) {
        requireFloat32(dtype);
        return owns(x) ? x : new HostStorage(x.dtype() == DType.FLOAT32 ? x.floats() : toFloats(x.doubles()), null);
    }

    private static float[] toFloats(double[] d) {
        float[] v = new float[d.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) d[i];
        }
        return v;
    }

    @Override
    public Storage reshape(Storage x, long[] shape) {
        // Host arrays are never written after creation, so the reshaped tensor can share them.
        return x;
    }

    // ---- elementwise ---------------------------------------------------------------------------

    private static Storage unary(HostElementwise.Unary op, Storage x) {
        return out(HostElementwise.unary(op, in(x)));
    }

    @Override
    public Storage exp(Storage x) {
        return unary(HostElementwise.Unary.EXP, x);
    }

    @Override
    public Storage log(Storage x) {
        return unary(HostElementwise.Unary.LOG, x);
    }

    @Override
    public Storage sqrt(Storage x) {
        return unary(HostElementwise.Unary.SQRT, x);
    }

    @Override
    public Storage abs(Storage x) {
        return unary(HostElementwise.Unary.ABS, x);
    }

    @Override
    public Storage sign(Storage x) {
        return unary(HostElementwise.Unary.SIGN, x);
    }

    @Override
    public Storage tanh(Storage x) {
        return unary(HostElementwise.Unary.TANH, x);
    }

    @Override
    public Storage sigmoid(Storage x) {
        return unary(HostElementwise.Unary.SIGMOID, x);
    }

    @Override
    public Storage softplus(Storage x) {
        return unary(HostElementwise.Unary.SOFTPLUS, x);
    }

    @Override
    public Storage relu(Storage x) {
        return unary(HostElementwise.Unary.RELU, x);
    }

    @Override
    public Storage silu(Storage x) {
        return out(HostElementwise.silu(in(x)));
    }

    @Override
    public Storage square(Storage x) {
        return unary(HostElementwise.Unary.SQUARE, x);
    }

    @Override
    public Storage elu(Storage x, double alpha) {
        return out(HostElementwise.elu(in(x), alpha));
    }

    @Override
    public Storage pow(Storage x, double p) {
        return out(HostElementwise.pow(in(x), p));
    }

    @Override
    public Storage affine(Storage x, double scale, double shift) {
        return out(HostElementwise.affine(in(x), (float) scale, (float) shift));
    }

    @Override
    public Storage greaterThan(Storage x, double threshold) {
        return out(HostElementwise.greaterThan(in(x), (float) threshold));
    }

    @Override
    public Storage activationGrad(Activation kind, Storage g, Storage y) {
        return out(HostElementwise.activationGrad(kind, in(g), in(y)));
    }

    private static Storage binary(HostElementwise.Binary op, Storage a, long[] sa, Storage b, long[] sb, long[] out) {
        return out(HostElementwise.binary(op, in(a), sa, in(b), sb, out));
    }

    @Override
    public Storage add(Storage a, long[] sa, Storage b, long[] sb, long[] out) {
        return binary(HostElementwise.Binary.ADD, a, sa, b, sb, out);
    }

    @Override
    public Storage sub(Storage a, long[] sa, Storage b, long[] sb, long[] out) {
        return binary(HostElementwise.Binary.SUB, a, sa, b, sb, out);
    }

    @Override
    public Storage mul(Storage a, long[] sa, Storage b, long[] sb, long[] out) {
        return binary(HostElementwise.Binary.MUL, a, sa, b, sb, out);
    }

    @Override
    public Storage div(Storage a, long[] sa, Storage b, long[] sb, long[] out) {
        return binary(HostElementwise.Binary.DIV, a, sa, b, sb, out);
    }

    private static float[] expand(Storage x, long[] sx, long[] out) {
        return HostElementwise.binary(HostElementwise.Binary.FIRST, in(x), sx, NOTHING, SCALAR, out);
    }

    @Override
    public Storage where(Storage mask, long[] sm, Storage a, long[] sa, Storage b, long[] sb, long[] out) {
        return out(HostElementwise.where(expand(mask, sm, out), expand(a, sa, out), expand(b, sb, out)));
    }

    @Override
    public Storage combine(double[] c, Storage[] x) {
        float[][] v = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            v[i] = in(x[i]);
        }
        return out(HostElementwise.combine(c, v));
    }

    // ---- linear algebra --------------------------------------------------------------------------

    @Override
    public Storage gemm(Storage a, long[] sa, boolean transA, Storage b, long[] sb, boolean transB) {
        int r = sa.length;
        int n = (int) (transA ? sa[r - 1] : sa[r - 2]);
        int k = (int) (transA ? sa[r - 2] : sa[r - 1]);
        int m = (int) (transB ? sb[r - 2] : sb[r - 1]);
        if (r == 2) {
            return out(Blas.gemm(in(a), transA, in(b), transB, n, k, m));
        }
        // Batched: one product per matrix of the batch, on copies of its slices.
        float[] av = in(a);
        float[] bv = in(b);
        int batch = (int) sa[0];
        int aSize = n * k;
        int bSize = k * m;
        float[] y = HostScope.floats(batch * n * m);
        for (int i = 0; i < batch; i++) {
            float[] c = Blas.gemm(Arrays.copyOfRange(av, i * aSize, (i + 1) * aSize), transA,
                    Arrays.copyOfRange(bv, i * bSize, (i + 1) * bSize), transB, n, k, m);
            System.arraycopy(c, 0, y, i * n * m, n * m);
        }
        return out(y);
    }

    @Override
    public Storage linear(Storage x, Storage w, Storage bias, int n, int in, int out, Activation activation) {
        float[] y = Blas.gemm(in(x), false, in(w), true, n, in, out);
        HostElementwise.biasAndActivation(y, n, out, bias == null ? null : in(bias), activation);
        return out(y);
    }

    // ---- reductions and shape ----------------------------------------------------------------------

    @Override
    public Storage sumTo(Storage x, long[] sx, long[] target) {
        return out(HostShape.sumTo(in(x), sx, target));
    }

    @Override
    public Storage logSumExp(Storage x, long[] sx, int axis) {
        return out(HostShape.logSumExp(in(x), sx, axis));
    }

    @Override
    public Storage broadcastTo(Storage x, long[] sx, long[] out) {
        return out(expand(x, sx, out));
    }

    @Override
    public Storage permute(Storage x, long[] sx, int[] order) {
        return out(HostPermute.permute(in(x), sx, order));
    }

    @Override
    public Storage slice(Storage x, long[] sx, int axis, int from, int to) {
        return out(HostShape.slice(in(x), sx, axis, from, to));
    }

    @Override
    public Storage pad(Storage x, long[] sx, int axis, int from, int length) {
        return out(HostShape.pad(in(x), sx, axis, from, length));
    }

    @Override
    public Storage concat(Storage[] parts, long[][] shapes, int axis) {
        float[][] v = new float[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            v[i] = in(parts[i]);
        }
        return out(HostShape.concat(v, shapes, axis));
    }

    @Override
    public Storage indexSelect(Storage x, long[] sx, int axis, int[] indices) {
        return out(HostShape.select(in(x), sx, axis, indices));
    }

    @Override
    public Storage indexAdd(Storage x, long[] sx, int axis, int[] indices, int length) {
        return out(HostShape.indexAdd(in(x), sx, axis, indices, length));
    }

    @Override
    public Storage[] groupNorm(Storage x, Storage gamma, Storage beta, GroupLayout layout, double eps) {
        return outs(HostNorm.forward(in(x), gamma == null ? null : in(gamma), beta == null ? null : in(beta), layout, eps));
    }

    @Override
    public Storage[] groupNormBackward(Storage g, Storage x, Storage stats, Storage gamma, GroupLayout layout) {
        return outs(HostNorm.backward(in(g), in(x), in(stats), gamma == null ? null : in(gamma), layout));
    }

    private static Storage[] outs(float[][] values) {
        Storage[] s = new Storage[values.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = out(values[i]);
        }
        return s;
    }

    @Override
    public Storage im2col(Storage image, ConvGeometry geometry) {
        return out(HostConv.im2col(in(image), geometry));
    }

    @Override
    public Storage col2im(Storage patches, ConvGeometry geometry) {
        return out(HostConv.col2im(in(patches), geometry));
    }

    @Override
    public Storage[] conv2d(Storage x, Storage w, Storage bias, ConvGeometry geometry, int outChannels) {
        return outs(HostConv2d.forward(in(x), in(w), bias == null ? null : in(bias), geometry, outChannels));
    }

    @Override
    public Storage[] conv2dBackward(Storage gy, Storage patches, Storage w, ConvGeometry geometry, int outChannels, boolean input,
                                    boolean weight) {
        float[][] grads = HostConv2d.backward(in(gy), in(patches), in(w), geometry, outChannels, input, weight);
        return new Storage[] {input ? out(grads[0]) : null, weight ? out(grads[1]) : null};
    }
}

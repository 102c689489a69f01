package dev.neuralode.autodiff.kernel.nd4j;

import dev.neuralode.autodiff.kernel.Activation;
import dev.neuralode.autodiff.kernel.ConvGeometry;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.autodiff.kernel.GroupLayout;
import dev.neuralode.autodiff.kernel.Kernels;
import dev.neuralode.autodiff.kernel.Storage;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Kernels as ND4J calls, for any dtype and any ND4J backend: float64 on the CPU, and everything on
 * a GPU (the {@code cuda} profile), where host arrays would mean a device round trip per op.
 */
public final class Nd4jKernels implements Kernels {

    public static final Nd4jKernels INSTANCE = new Nd4jKernels();

    private Nd4jKernels() {
    }

    /** The array of storage the engine has already adopted into these kernels ({@code Tensor} does that). */
    private static INDArray in(Storage s) {
        return ((NdStorage) s).array;
    }

    private static Storage out(INDArray a) {
        return new NdStorage(a);
    }

    @Override
    public String name() {
        return "ND4J";
    }

    @Override
    public boolean owns(Storage s) {
        return s instanceof NdStorage;
    }

    @Override
    public Storage fromFloats(float[] values, long[] shape) {
        return out(NdArrays.fromFloats(values, shape));
    }

    @Override
    public Storage fromDoubles(double[] values, DType dtype, long[] shape) {
        INDArray a = NdArrays.fromDoubles(values, shape);
        return out(dtype == DType.FLOAT64 ? a : a.castTo(NdStorage.dataType(dtype)));
    }

    @Override
    public Storage full(double value, DType dtype, long[] shape) {
        return out(Nd4j.valueArrayOf(shape, value, NdStorage.dataType(dtype)));
    }

    @Override
    public Storage adopt(Storage s, long[] shape) {
        if (owns(s)) {
            return s;
        }
        return s.dtype() == DType.FLOAT32 ? fromFloats(s.floats(), shape) : fromDoubles(s.doubles(), s.dtype(), shape);
    }

    @Override
    public Storage cast(Storage x, long[] shape, DType dtype) {
        INDArray a = ((NdStorage) adopt(x, shape)).array;
        return a.dataType() == NdStorage.dataType(dtype) ? out(a) : out(a.castTo(NdStorage.dataType(dtype)));
    }

    @Override
    public Storage reshape(Storage x, long[] shape) {
        return out(in(x).reshape('c', shape));
    }

    // ---- elementwise ---------------------------------------------------------------------------

    @Override
    public Storage exp(Storage x) {
        return out(Transforms.exp(in(x), true));
    }

    @Override
    public Storage log(Storage x) {
        return out(Transforms.log(in(x), true));
    }

    @Override
    public Storage sqrt(Storage x) {
        return out(Transforms.sqrt(in(x), true));
    }

    @Override
    public Storage abs(Storage x) {
        return out(Transforms.abs(in(x), true));
    }

    @Override
    public Storage sign(Storage x) {
        return out(Transforms.sign(in(x), true));
    }

    @Override
    public Storage tanh(Storage x) {
        return out(Transforms.tanh(in(x), true));
    }

    @Override
    public Storage sigmoid(Storage x) {
        return out(Transforms.sigmoid(in(x), true));
    }

    @Override
    public Storage softplus(Storage x) {
        INDArray v = in(x);
        INDArray tail = Transforms.log(Transforms.exp(Transforms.abs(v, true).negi(), false).addi(1.0), false);
        return out(Transforms.relu(v, true).addi(tail));
    }

    @Override
    public Storage relu(Storage x) {
        return out(Transforms.relu(in(x), true));
    }

    @Override
    public Storage silu(Storage x) {
        INDArray v = in(x);
        return out(v.mul(Transforms.sigmoid(v, true)));
    }

    @Override
    public Storage square(Storage x) {
        INDArray v = in(x);
        return out(v.mul(v));
    }

    @Override
    public Storage elu(Storage x, double alpha) {
        INDArray v = in(x);
        INDArray negativePart = Transforms.exp(Transforms.min(v, 0.0, true), false).subi(1.0).muli(alpha);
        return out(Transforms.relu(v, true).addi(negativePart));
    }

    @Override
    public Storage pow(Storage x, double p) {
        return out(Transforms.pow(in(x), p, true));
    }

    @Override
    public Storage affine(Storage x, double scale, double shift) {
        INDArray v = in(x);
        if (scale == 1.0) {
            return out(NdArrays.plus(v, shift));
        }
        return out(shift == 0.0 ? NdArrays.times(v, scale) : NdArrays.plus(NdArrays.times(v, scale), shift));
    }

    @Override
    public Storage greaterThan(Storage x, double threshold) {
        INDArray v = in(x);
        return out(v.gt(threshold).castTo(v.dataType()));
    }

    @Override
    public Storage activationGrad(Activation kind, Storage g, Storage y) {
        INDArray yv = in(y);
        INDArray slope = switch (kind) {
            case TANH -> yv.mul(yv).rsubi(1.0);
            case SIGMOID -> yv.mul(yv.rsub(1.0));
            // y > 0 ? 1 : y + 1, as max(y, 0) can only be y when y > 0: min(y, 0) + 1.
            case ELU -> Transforms.min(yv, 0.0, true).addi(1.0);
            case RELU -> yv.gt(0.0).castTo(yv.dataType());
        };
        return out(in(g).mul(slope));
    }

    @Override
    public Storage add(Storage a, long[] sa, Storage b, long[] sb, long[] out) {
        return out(NdArrays.expand(in(a), out).add(NdArrays.expand(in(b), out)));
    }

    @Override
    public Storage sub(Storage a, long[] sa, Storage b, long[] sb, long[] out) {
        return out(NdArrays.expand(in(a), out).sub(NdArrays.expand(in(b), out)));
    }

    @Override
    public Storage mul(Storage a, long[] sa, Storage b, long[] sb, long[] out) {
        return out(NdArrays.expand(in(a), out).mul(NdArrays.expand(in(b), out)));
    }

    @Override
    public Storage div(Storage a, long[] sa, Storage b, long[] sb, long[] out) {
        return out(NdArrays.expand(in(a), out).div(NdArrays.expand(in(b), out)));
    }

    @Override
    public Storage where(Storage mask, long[] sm, Storage a, long[] sa, Storage b, long[] sb, long[] out) {
        double[] m = flat(mask, out);
        double[] ya = flat(a, out);
        double[] yb = flat(b, out);
        for (int i = 0; i < m.length; i++) {
            if (m[i] != 0.0) {
                yb[i] = ya[i];
            }
        }
        return fromDoubles(yb, a.dtype(), out);
    }

    private static double[] flat(Storage x, long[] shape) {
        return new NdStorage(NdArrays.expand(in(x), shape)).doubles();
    }

    @Override
    public Storage combine(double[] c, Storage[] x) {
        INDArray y = NdArrays.times(in(x[0]), c[0]);
        for (int i = 1; i < x.length; i++) {
            if (c[i] != 0.0) {
                y.addi(NdArrays.times(in(x[i]), c[i]));
            }
        }
        return out(y);
    }

    // ---- linear algebra --------------------------------------------------------------------------

    @Override
    public Storage gemm(Storage a, long[] sa, boolean transA, Storage b, long[] sb, boolean transB) {
        int r = sa.length;
        INDArray av = transA ? in(a).swapAxes(r - 2, r - 1) : in(a);
        INDArray bv = transB ? in(b).swapAxes(r - 2, r - 1) : in(b);
        return out(r == 2 ? av.mmul(bv) : Nd4j.matmul(av.dup('c'), bv.dup('c')));
    }

    @Override
    public Storage linear(Storage x, Storage w, Storage bias, int n, int in, int out, Activation activation) {
        INDArray y = in(x).mmul(in(w).transpose());
        if (bias != null) {
            y.addiRowVector(in(bias));
        }
        if (activation == Activation.TANH) {
            y = Transforms.tanh(y, false);
        } else if (activation == Activation.SIGMOID) {
            y = Transforms.sigmoid(y, false);
        } else if (activation == Activation.ELU) {
            y = Transforms.elu(y, false);
        } else if (activation == Activation.RELU) {
            y = Transforms.relu(y, false);
        }
        return out(y);
    }

    // ---- reductions and shape ----------------------------------------------------------------------

    @Override
    public Storage sumTo(Storage x, long[] sx, long[] target) {
        int[] axes = new int[sx.length];
        int n = 0;
        for (int i = 0; i < sx.length; i++) {
            if (target[i] == 1 && sx[i] != 1) {
                axes[n++] = i;
            }
        }
        INDArray v = in(x);
        return out(n == 0 ? v.dup('c').reshape('c', target) : v.sum(true, Arrays.copyOf(axes, n)).reshape('c', target));
    }

    @Override
    public Storage logSumExp(Storage x, long[] sx, int axis) {
        INDArray v = in(x);
        INDArray m = v.max(true, axis);
        INDArray sum = Transforms.exp(v.sub(NdArrays.expand(m, sx)), false).sum(true, axis);
        return out(Transforms.log(sum, false).addi(m));
    }

    @Override
    public Storage broadcastTo(Storage x, long[] sx, long[] out) {
        return out(NdArrays.expand(in(x), out).dup('c'));
    }

    @Override
    public Storage permute(Storage x, long[] sx, int[] order) {
        return out(in(x).permute(order).dup('c'));
    }

    /** Indices selecting {@code [from, to)} on one axis and everything on the others. */
    private static INDArrayIndex[] along(int rank, int axis, long from, long to) {
        INDArrayIndex[] index = new INDArrayIndex[rank];
        for (int i = 0; i < rank; i++) {
            index[i] = i == axis ? NDArrayIndex.interval(from, to) : NDArrayIndex.all();
        }
        return index;
    }

    @Override
    public Storage slice(Storage x, long[] sx, int axis, int from, int to) {
        return out(in(x).get(along(sx.length, axis, from, to)).dup('c'));
    }

    @Override
    public Storage pad(Storage x, long[] sx, int axis, int from, int length) {
        long[] shape = sx.clone();
        shape[axis] = length;
        INDArray v = in(x);
        INDArray y = Nd4j.zeros(v.dataType(), shape);
        y.get(along(shape.length, axis, from, from + sx[axis])).assign(v);
        return out(y);
    }

    @Override
    public Storage concat(Storage[] parts, long[][] shapes, int axis) {
        INDArray[] v = new INDArray[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = in(parts[i]);
        }
        return out(Nd4j.concat(axis, v));
    }

    @Override
    public Storage indexSelect(Storage x, long[] sx, int axis, int[] indices) {
        long[] shape = sx.clone();
        shape[axis] = indices.length;
        INDArray v = in(x);
        INDArray y = NdArrays.create(v.dataType(), shape);
        for (int k = 0; k < indices.length; k++) {
            y.get(along(shape.length, axis, k, k + 1)).assign(v.get(along(shape.length, axis, indices[k], indices[k] + 1)));
        }
        return out(y);
    }

    @Override
    public Storage indexAdd(Storage x, long[] sx, int axis, int[] indices, int length) {
        long[] shape = sx.clone();
        shape[axis] = length;
        INDArray v = in(x);
        INDArray y = Nd4j.zeros(v.dataType(), shape);
        for (int k = 0; k < indices.length; k++) {
            y.get(along(shape.length, axis, indices[k], indices[k] + 1)).addi(v.get(along(shape.length, axis, k, k + 1)));
        }
        return out(y);
    }

    @Override
    public Storage[] groupNorm(Storage x, Storage gamma, Storage beta, GroupLayout layout, double eps) {
        INDArray[] r = NdGroupNorm.forward(in(x), gamma == null ? null : in(gamma), beta == null ? null : in(beta), layout, eps);
        return new Storage[] {out(r[0]), out(r[1])};
    }

    @Override
    public Storage[] groupNormBackward(Storage g, Storage x, Storage stats, Storage gamma, GroupLayout layout) {
        INDArray[] r = NdGroupNorm.backward(in(g), in(x), in(stats), gamma == null ? null : in(gamma), layout);
        return new Storage[] {out(r[0]), out(r[1])};
    }

    @Override
    public Storage im2col(Storage image, ConvGeometry g) {
        return out(NdConv.im2col(in(image), g));
    }

    @Override
    public Storage col2im(Storage patches, ConvGeometry g) {
        return out(NdConv.col2im(in(patches), g));
    }

    @Override
    public Storage[] conv2d(Storage x, Storage w, Storage bias, ConvGeometry g, int outChannels) {
        INDArray[] r = NdConv.conv2d(in(x), in(w), bias == null ? null : in(bias), g, outChannels);
        return new Storage[] {out(r[0]), out(r[1])};
    }

    @Override
    public Storage[] conv2dBackward(Storage gy, Storage patches, Storage w, ConvGeometry g, int outChannels, boolean input,
                                    boolean weight) {
        INDArray[] r = NdConv.conv2dBackward(in(gy), in(patches), in(w), g, outChannels, input, weight);
        return new Storage[] {r[0] == null ? null : out(r[0]), r[1] == null ? null : out(r[1])};
    }
}

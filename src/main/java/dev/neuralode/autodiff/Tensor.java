package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.Activation;
import dev.neuralode.autodiff.kernel.ConvGeometry;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.autodiff.kernel.Kernels;
import dev.neuralode.autodiff.kernel.Shapes;
import dev.neuralode.autodiff.kernel.Storage;
import java.util.Arrays;

/**
 * Values (a {@link Storage}: a Java array or an ND4J array, whichever kernels compute this dtype)
 * plus their place on the tape: the op that produced them, if recording was on and an input required
 * a gradient.
 *
 * <p>Tensors are immutable: no operation writes into a tensor's values, so whatever the tape holds
 * stays valid for the backward pass. Only a leaf's accumulated {@link #grad()} changes. Binary
 * operations broadcast like NumPy and refuse to mix dtypes (float32 is the default, float64 is for
 * gradient checks); shape errors name the op and both shapes.
 *
 * <p>The methods here are the public face of the op classes in this package, one class (or one row
 * of {@link Pointwise} or {@link Binary}) per primitive, each with a backward rule written in these
 * same methods, so gradients of gradients work.
 */
public final class Tensor {

    // Storage made by other kernels (a cast's input, or one made before a test switched kernels) is
    // converted on first use and the converted copy kept; volatile publishes it safely to other threads.
    private volatile Storage storage;
    private final long[] shape;
    private final DType dtype;
    private final Op op;
    private final boolean requiresGrad;
    private Tensor grad;

    Tensor(Storage storage, long[] shape, Op op, boolean requiresGrad) {
        if (storage.length() != Shapes.length(shape)) {
            throw new IllegalStateException(storage.length() + " values do not fill shape " + Shapes.str(shape));
        }
        this.storage = storage;
        this.shape = shape.clone();
        this.dtype = storage.dtype();
        this.op = op;
        this.requiresGrad = requiresGrad;
    }

    private static Tensor leaf(Storage s, long[] shape) {
        return new Tensor(s, shape, null, false);
    }

    // ---- creation ---------------------------------------------------------------------------

    /**
     * A float32 leaf that receives gradients, holding {@code values} (C order; the caller must not
     * change them afterwards) without a copy on the host kernels.
     */
    public static Tensor variable(float[] values, long... shape) {
        return new Tensor(KernelChoice.of(DType.FLOAT32).fromFloats(values, shape), shape, null, true);
    }

    /** A float32 constant over {@code values} (C order; the caller must not change them afterwards). */
    public static Tensor fromFloats(float[] values, long... shape) {
        if (Shapes.length(shape) != values.length) {
            throw new IllegalArgumentException("fromFloats: " + values.length + " values do not fill shape " + Shapes.str(shape));
        }
        return leaf(KernelChoice.of(DType.FLOAT32).fromFloats(values, shape), shape);
    }

    public static Tensor scalar(double v, DType dtype) {
        return full(v, dtype);
    }

    public static Tensor zeros(DType dtype, long... shape) {
        return full(0.0, dtype, shape);
    }

    public static Tensor ones(DType dtype, long... shape) {
        return full(1.0, dtype, shape);
    }

    public static Tensor full(double v, DType dtype, long... shape) {
        return leaf(KernelChoice.of(dtype).full(v, dtype, shape), shape);
    }

    /** A constant matrix from rows of equal length. */
    public static Tensor fromRows(double[][] rows, DType dtype) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        double[] v = new double[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != cols) {
                throw new IllegalArgumentException("fromRows: row " + i + " has " + rows[i].length + " values, row 0 has " + cols);
            }
            System.arraycopy(rows[i], 0, v, i * cols, cols);
        }
        return fromValues(v, dtype, rows.length, cols);
    }

    /** A constant with the given shape from values in C order. */
    public static Tensor fromValues(double[] values, DType dtype, long... shape) {
        if (Shapes.length(shape) != values.length) {
            throw new IllegalArgumentException("fromValues: " + values.length + " values do not fill shape " + Shapes.str(shape));
        }
        return leaf(KernelChoice.of(dtype).fromDoubles(values, dtype, shape), shape);
    }

    // ---- storage ------------------------------------------------------------------------------

    /** The kernels that compute this tensor's dtype. */
    Kernels kernels() {
        return KernelChoice.of(dtype);
    }

    /** The values in the memory of {@link #kernels()}. */
    Storage storage() {
        return storage(kernels());
    }

    /** The values in the memory of {@code k}, converted (and the conversion kept) if they live elsewhere. */
    Storage storage(Kernels k) {
        Storage s = storage;
        if (!k.owns(s)) {
            s = k.adopt(s, shape);
            if (k == kernels()) {
                storage = s;
            }
        }
        return s;
    }

    /** The same values with storage that outlives the workspace they were computed in. */
    Tensor kept() {
        Storage s = storage.keep();
        return s == storage ? this : leaf(s, shape);
    }

    /** The shape; a copy, so callers may change it. */
    public long[] shape() {
        return shape.clone();
    }

    public long size(int axis) {
        return shape[Shapes.axis("size", axis, shape.length)];
    }

    public int rank() {
        return shape.length;
    }

    public long length() {
        return Shapes.length(shape);
    }

    public DType dtype() {
        return dtype;
    }

    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** Whether this tensor is a leaf (not produced by a recorded op). */
    public boolean isLeaf() {
        return op == null;
    }

    Op op() {
        return op;
    }

    /** The single value of a one-element tensor. */
    public double item() {
        if (length() != 1) {
            throw new IllegalStateException("item() needs a one-element tensor, shape was " + Shapes.str(shape));
        }
        return dtype == DType.FLOAT32 ? storage.floats()[0] : storage.doubles()[0];
    }

    /** Whether every element is finite (no NaN, no infinity). */
    public boolean allFinite() {
        if (dtype == DType.FLOAT32) {
            for (float v : storage.floats()) {
                if (!Float.isFinite(v)) {
                    return false;
                }
            }
            return true;
        }
        for (double v : storage.doubles()) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** The largest absolute value (NaN if any value is NaN), or 0 for an empty tensor. */
    public double maxAbs() {
        double m = 0.0;
        for (double v : toDoubleArray()) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** All values in C order, as doubles; a fresh array. */
    public double[] toDoubleArray() {
        return storage.doubles();
    }

    /**
     * Copies the values (C order) into {@code dst}, which must hold {@link #length()} elements; on the
     * host kernels this allocates nothing (error norms and finiteness checks run on such buffers).
     */
    public void readInto(double[] dst) {
        if (dst.length != length()) {
            throw new IllegalArgumentException("readInto: " + dst.length + " slots for " + length() + " values");
        }
        if (dtype == DType.FLOAT32) {
            float[] v = storage.floats();
            for (int i = 0; i < dst.length; i++) {
                dst[i] = v[i];
            }
        } else {
            System.arraycopy(storage.doubles(), 0, dst, 0, dst.length);
        }
    }

    /** All values in C order, as floats; a fresh array. */
    public float[] toFloatArray() {
        // The host storage hands out its own array, which must stay unchanged: always copy.
        return storage.floats().clone();
    }

    // ---- gradients --------------------------------------------------------------------------

    /** The gradient accumulated into this leaf by {@link #backward()}, or {@code null}. */
    public Tensor grad() {
        return grad;
    }

    /** Forgets the accumulated gradient. */
    public void zeroGrad() {
        grad = null;
    }

    /**
     * Replaces this leaf's gradient (an optimizer's clipping or an import), detached; null clears it.
     *
     * @throws IllegalStateException for a tensor that is not a leaf requiring a gradient
     * @throws IllegalArgumentException when the shape or dtype differs from this tensor's
     */
    public void setGrad(Tensor g) {
        if (op != null || !requiresGrad) {
            throw new IllegalStateException("setGrad: only a leaf that requires a gradient holds one; this is " + this);
        }
        if (g != null && (!java.util.Arrays.equals(g.shape, shape) || g.dtype != dtype)) {
            throw new IllegalArgumentException("setGrad: gradient " + g + " does not match " + this);
        }
        grad = g == null ? null : g.detach();
    }

    void accumulateGrad(Tensor g) {
        grad = grad == null ? g : grad.add(g);
    }

    /**
     * Backpropagates from this one-element tensor and accumulates {@code d this / d leaf} into the
     * {@link #grad()} of every leaf that requires a gradient (PyTorch's {@code loss.backward()}).
     */
    public void backward() {
        Grad.backward(this);
    }

    /** The same values, cut from the tape: a constant. */
    public Tensor detach() {
        return op == null && !requiresGrad ? this : withTape(null, false);
    }

    /** The same values as a fresh leaf that requires a gradient (to differentiate with respect to them). */
    public Tensor asVariable() {
        return withTape(null, true);
    }

    /** The same values (shared, never copied) with another place on the tape. */
    Tensor withTape(Op producer, boolean requires) {
        return new Tensor(storage, shape, producer, requires);
    }

    // ---- arithmetic (broadcasting) ----------------------------------------------------------

    public Tensor add(Tensor other) {
        return BinaryOp.apply(Binary.ADD, this, other);
    }

    public Tensor sub(Tensor other) {
        return BinaryOp.apply(Binary.SUB, this, other);
    }

    public Tensor mul(Tensor other) {
        return BinaryOp.apply(Binary.MUL, this, other);
    }

    public Tensor div(Tensor other) {
        return BinaryOp.apply(Binary.DIV, this, other);
    }

    public Tensor neg() {
        return AffineOp.apply(this, -1.0, 0.0);
    }

    public Tensor add(double c) {
        return AffineOp.apply(this, 1.0, c);
    }

    public Tensor mul(double c) {
        return AffineOp.apply(this, c, 0.0);
    }

    /** {@code scale * this + shift}, one op. */
    public Tensor affine(double scale, double shift) {
        return AffineOp.apply(this, scale, shift);
    }

    /** {@code c - this}. */
    public Tensor rsub(double c) {
        return AffineOp.apply(this, -1.0, c);
    }

    /**
     * {@code sum_i c_i t_i} over same-shaped tensors, as one op (the solvers' stage and step
     * updates). Terms with a zero coefficient receive no gradient.
     */
    public static Tensor combine(double[] coefficients, Tensor... terms) {
        return CombineOp.apply(coefficients, terms);
    }

    // ---- linear algebra and shapes ----------------------------------------------------------

    /** Matrix product: {@code (n,k)@(k,m)}, or batched {@code (b,n,k)@(b,k,m)}. */
    public Tensor matmul(Tensor other) {
        return MatMulOp.apply(this, other, false, false);
    }

    /** {@code this @ other^T} without a transposed copy (a Linear layer: {@code x W^T}). */
    public Tensor matmulNT(Tensor other) {
        return MatMulOp.apply(this, other, false, true);
    }

    /**
     * A fused affine layer, PyTorch's {@code y = x W^T + b}: this is x of shape (n, in), weight W
     * is (out, in), bias b is (out) or null.
     */
    public Tensor linear(Tensor weight, Tensor bias) {
        return LinearOp.apply(this, weight, bias, null);
    }

    /** {@code tanh(x W^T + b)} as one fused op (see {@link #linear}). */
    public Tensor linearTanh(Tensor weight, Tensor bias) {
        return LinearOp.apply(this, weight, bias, Activation.TANH);
    }

    /** {@code sigmoid(x W^T + b)} as one fused op (see {@link #linear}). */
    public Tensor linearSigmoid(Tensor weight, Tensor bias) {
        return LinearOp.apply(this, weight, bias, Activation.SIGMOID);
    }

    /** {@code elu(x W^T + b)} with {@code alpha = 1} as one fused op (see {@link #linear}). */
    public Tensor linearElu(Tensor weight, Tensor bias) {
        return LinearOp.apply(this, weight, bias, Activation.ELU);
    }

    /** {@code max(x W^T + b, 0)} as one fused op (see {@link #linear}). */
    public Tensor linearRelu(Tensor weight, Tensor bias) {
        return LinearOp.apply(this, weight, bias, Activation.RELU);
    }

    /** {@code this^T @ other} without a transposed copy. */
    public Tensor matmulTN(Tensor other) {
        return MatMulOp.apply(this, other, true, false);
    }

    /** Swaps the last two axes (a matrix transpose, batched for rank 3). */
    public Tensor transpose() {
        int r = rank();
        if (r < 2) {
            throw new IllegalArgumentException("transpose: needs rank 2 or more, shape was " + Shapes.str(shape()));
        }
        int[] order = new int[r];
        for (int i = 0; i < r; i++) {
            order[i] = i;
        }
        order[r - 2] = r - 1;
        order[r - 1] = r - 2;
        return permute(order);
    }

    public Tensor permute(int... order) {
        return PermuteOp.apply(this, order);
    }

    /** The same values in another shape; one dimension may be -1 (inferred). */
    public Tensor reshape(long... shape) {
        return ReshapeOp.apply(this, shape);
    }

    /** Elements {@code from} (inclusive) to {@code to} (exclusive) along an axis. */
    public Tensor slice(int axis, long from, long to) {
        return SliceOp.apply(this, axis, from, to);
    }

    /** The given indices along an axis, in order (repeats allowed). */
    public Tensor select(int axis, int... indices) {
        return IndexSelectOp.apply(this, axis, indices);
    }

    /** Columns of a matrix (or of the last axis). */
    public Tensor selectColumns(int... columns) {
        return select(-1, columns);
    }

    public static Tensor concat(int axis, Tensor... parts) {
        return ConcatOp.apply(axis, parts);
    }

    /** Joins tensors of equal shape along a new axis. */
    public static Tensor stack(int axis, Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("stack: needs at least one tensor");
        }
        int rank = parts[0].rank();
        int a = Shapes.axis("stack", axis, rank + 1);
        Tensor[] expanded = new Tensor[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!Arrays.equals(parts[i].shape(), parts[0].shape())) {
                throw new IllegalArgumentException("stack: shapes " + Shapes.str(parts[0].shape()) + " and "
                        + Shapes.str(parts[i].shape()) + " differ (tensor " + i + ")");
            }
            long[] s = parts[i].shape();
            long[] e = new long[rank + 1];
            for (int j = 0, k = 0; j <= rank; j++) {
                e[j] = j == a ? 1 : s[k++];
            }
            expanded[i] = parts[i].reshape(e);
        }
        return concat(a, expanded);
    }

    /** Repeats size-1 axes (and prepends axes) to reach {@code shape}, like NumPy's broadcast_to. */
    public Tensor broadcastTo(long... shape) {
        return BroadcastToOp.apply(this, shape);
    }

    /** Sums broadcast axes away to reach {@code shape}: the adjoint of {@link #broadcastTo}. */
    public Tensor sumTo(long... shape) {
        return SumToOp.apply(this, shape);
    }

    // ---- reductions -------------------------------------------------------------------------

    /** Sum over the given axes (all axes when none are given). */
    public Tensor sum(boolean keepDims, int... axes) {
        return SumOp.apply(this, keepDims, axes);
    }

    /** Sum of all elements, as a rank-0 tensor. */
    public Tensor sum() {
        return sum(false);
    }

    /** Mean over the given axes (all axes when none are given). */
    public Tensor mean(boolean keepDims, int... axes) {
        int[] a = Shapes.axes("mean", axes, rank());
        long count = 1;
        for (int i : a) {
            count *= size(i);
        }
        return sum(keepDims, a).mul(1.0 / count);
    }

    public Tensor mean() {
        return mean(false);
    }

    /** {@code log sum exp} over one axis, computed stably. */
    public Tensor logSumExp(int axis, boolean keepDims) {
        return LogSumExpOp.apply(this, axis, keepDims);
    }

    // ---- elementwise ------------------------------------------------------------------------

    public Tensor pow(double p) {
        return PowOp.apply(this, p);
    }

    public Tensor square() {
        return PointwiseOp.apply(Pointwise.SQUARE, this);
    }

    public Tensor exp() {
        return PointwiseOp.apply(Pointwise.EXP, this);
    }

    public Tensor log() {
        return PointwiseOp.apply(Pointwise.LOG, this);
    }

    public Tensor sqrt() {
        return PointwiseOp.apply(Pointwise.SQRT, this);
    }

    public Tensor abs() {
        return PointwiseOp.apply(Pointwise.ABS, this);
    }

    public Tensor tanh() {
        return PointwiseOp.apply(Pointwise.TANH, this);
    }

    public Tensor sigmoid() {
        return PointwiseOp.apply(Pointwise.SIGMOID, this);
    }

    /** {@code log(1 + exp(x))}, computed stably. */
    public Tensor softplus() {
        return PointwiseOp.apply(Pointwise.SOFTPLUS, this);
    }

    public Tensor relu() {
        return PointwiseOp.apply(Pointwise.RELU, this);
    }

    /** {@code x} for positive x, else {@code alpha (exp(x) - 1)}. */
    public Tensor elu(double alpha) {
        return EluOp.apply(this, alpha);
    }

    /** {@code x sigmoid(x)} (also called swish). */
    public Tensor silu() {
        return PointwiseOp.apply(Pointwise.SILU, this);
    }

    /** Elementwise choice: {@code mask != 0 ? a : b}; the mask is a constant of 0s and 1s. */
    public static Tensor where(Tensor mask, Tensor a, Tensor b) {
        return WhereOp.apply(mask, a, b);
    }

    /** A constant 0/1 mask of {@code this > threshold}. */
    public Tensor gt(double threshold) {
        return leaf(kernels().greaterThan(storage(), threshold), shape);
    }

    /** The constant {@code sign(this)}: -1, 0 or 1 per element. */
    public Tensor sign() {
        return leaf(kernels().sign(storage()), shape);
    }

    /** The same values in another dtype; gradients flow back converted. */
    public Tensor to(DType dtype) {
        return dtype == dtype() ? this : CastOp.apply(this, dtype);
    }

    // ---- convolution -------------------------------------------------------------------------

    /**
     * The patch matrix of this NCHW batch for a {@code kh x kw} window: shape
     * {@code (C kh kw, N OH OW)}, row {@code (c kh + i) kw + j}, column {@code (n OH + oy) OW + ox},
     * zeros on padding. Linear; differentiable to every order (backward is {@link #col2im}).
     */
    public Tensor im2col(int kernelH, int kernelW, int stride, int padding) {
        return Im2ColOp.apply(this, ConvGeometry.of("im2col", shape(), kernelH, kernelW, stride, padding));
    }

    /**
     * The adjoint of {@link #im2col}: adds this patch matrix back onto an image batch of
     * {@code imageShape} (NCHW), summing where windows overlap. Differentiable to every order.
     */
    public Tensor col2im(long[] imageShape, int kernelH, int kernelW, int stride, int padding) {
        return Col2ImOp.apply(this, ConvGeometry.of("col2im", imageShape, kernelH, kernelW, stride, padding));
    }

    /**
     * PyTorch's {@code conv2d} on this NCHW batch with a weight of shape {@code (out, in, kh, kw)}
     * and an optional bias of shape {@code (out)} (null for none): im2col and one matrix product.
     * Differentiable to every order in the input, weight and bias.
     */
    public Tensor conv2d(Tensor weight, Tensor bias, int stride, int padding) {
        return Conv2dOp.apply(this, weight, bias, stride, padding);
    }

    /**
     * Group normalisation of this {@code (N, C, ...)} batch (PyTorch's {@code group_norm}): within
     * each of the {@code groups} groups of a sample's channels,
     * {@code (x - mean) / sqrt(var + eps) gamma_c + beta_c}, with {@code gamma} and {@code beta} of
     * shape {@code (C)}, both or neither (null). Differentiable to every order.
     */
    public Tensor groupNorm(int groups, Tensor gamma, Tensor beta, double eps) {
        return GroupNormOp.apply(this, groups, gamma, beta, eps);
    }

    @Override
    public String toString() {
        return "Tensor" + Shapes.str(shape) + " " + dtype + (op != null ? " <- " + op.name() : requiresGrad ? " (variable)" : "");
    }
}

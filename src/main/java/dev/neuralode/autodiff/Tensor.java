package dev.neuralode.autodiff;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An {@link INDArray} plus its place on the tape: the op that produced it, if recording was on and
 * an input required a gradient.
 *
 * <p>Tensors are immutable: no operation writes into a tensor's value, so whatever the tape holds
 * stays valid for the backward pass. Only a leaf's accumulated {@link #grad()} changes. Binary
 * operations broadcast like NumPy and refuse to mix dtypes (float32 is the default, float64 is for
 * gradient checks); shape errors name the op and both shapes.
 *
 * <p>The methods here are the public face of the op classes in this package, one class per
 * primitive, each with a backward rule written in these same methods (so gradients of gradients
 * work).
 */
public final class Tensor {

    // At least one representation is present; the other is made on first use and cached. Both are
    // volatile so that a lazily made copy is safely published to other threads (views, snapshots).
    private volatile INDArray nd;
    private volatile float[] host;
    private final long[] shape;
    private final DataType dtype;
    private final Op op;
    private final boolean requiresGrad;
    // The workspace whose recycled arrays this tensor's host values may live in, or null.
    private final Workspace owner;
    private Tensor grad;

    Tensor(INDArray value, Op op) {
        this(value, op, true);
    }

    private Tensor(INDArray value, Op op, boolean requiresGrad) {
        this.nd = NdArrays.contiguous(value);
        this.shape = value.shape();
        this.dtype = value.dataType();
        this.op = op;
        this.requiresGrad = requiresGrad;
        this.owner = null;
    }

    /**
     * A float32 tensor held in a Java array (the host fast path, see {@link Host}); while a
     * {@link Workspace} is open it belongs to it.
     */
    Tensor(float[] host, long[] shape, Op op, boolean requiresGrad) {
        this(host, shape, op, requiresGrad, Workspace.current());
    }

    /** A constant over an array no workspace will recycle. */
    static Tensor ownerless(float[] host, long[] shape) {
        return new Tensor(host, shape, null, false, null);
    }

    private Tensor(float[] host, long[] shape, Op op, boolean requiresGrad, Workspace owner) {
        if (host.length != Shapes.length(shape)) {
            throw new IllegalStateException(host.length + " values do not fill shape " + Shapes.str(shape));
        }
        this.host = host;
        this.shape = shape.clone();
        this.dtype = DataType.FLOAT;
        this.op = op;
        this.requiresGrad = requiresGrad;
        this.owner = owner;
    }

    Workspace owner() {
        return owner;
    }

    /** The host array, refusing one that a closed workspace may have recycled. */
    private float[] liveHost() {
        if (owner != null && !owner.isOpen()) {
            throw new IllegalStateException("this tensor " + Shapes.str(shape) + " was computed in a Workspace that has"
                    + " closed, so its memory may be reused; take what you need out with Workspace.keep(t) before closing");
        }
        return host;
    }

    // ---- creation ---------------------------------------------------------------------------

    /** A constant: a leaf that never receives a gradient. The array must not be changed afterwards. */
    public static Tensor constant(INDArray value) {
        return new Tensor(value, null, false);
    }

    /** A leaf that receives gradients (a parameter or an input to differentiate with respect to). */
    public static Tensor variable(INDArray value) {
        return new Tensor(value, null, true);
    }

    /**
     * A float32 leaf that receives gradients, held in {@code values} (C order) on the host path
     * without an ND4J array, and owned by no workspace. The caller must not change {@code values}
     * afterwards. Optimizers use it so that a step creates no native array.
     */
    public static Tensor variable(float[] values, long... shape) {
        return new Tensor(values, shape, null, true, null);
    }

    public static Tensor scalar(double v, DataType dtype) {
        return constant(Nd4j.scalar(dtype, v));
    }

    public static Tensor zeros(DataType dtype, long... shape) {
        return constant(NdArrays.zeros(dtype, shape));
    }

    public static Tensor ones(DataType dtype, long... shape) {
        return constant(Nd4j.ones(dtype, shape));
    }

    public static Tensor full(double v, DataType dtype, long... shape) {
        return constant(Nd4j.valueArrayOf(shape, v, dtype));
    }

    /** A constant matrix from rows of equal length. */
    public static Tensor fromRows(double[][] rows, DataType dtype) {
        return constant(Nd4j.createFromArray(rows).castTo(dtype));
    }

    /** A constant with the given shape from values in C order. */
    public static Tensor fromValues(double[] values, DataType dtype, long... shape) {
        if (Shapes.length(shape) != values.length) {
            throw new IllegalArgumentException("fromValues: " + values.length + " values do not fill shape " + Shapes.str(shape));
        }
        return constant(Nd4j.createFromArray(values).castTo(dtype).reshape('c', shape));
    }

    // ---- inspection -------------------------------------------------------------------------

    /** The values. Callers must treat the array as read-only: the tape may still hold it. */
    public INDArray value() {
        INDArray v = nd;
        if (v == null) {
            float[] h = liveHost();
            v = NdArrays.fromHost(h, shape);
            nd = v;
        }
        return v;
    }

    /** The float32 values as a Java array in C order; never written to once made. */
    float[] host() {
        float[] h = liveHost();
        if (h == null) {
            if (dtype != DataType.FLOAT) {
                throw new IllegalStateException("host(): only float32 tensors live on the host path, this is " + dtype);
            }
            h = NdArrays.toHost(nd);
            host = h;
        }
        return h;
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

    public DataType dtype() {
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
        float[] h = liveHost();
        return h != null ? h[0] : nd.getDouble(0);
    }

    /** Whether every element is finite (no NaN, no infinity). */
    public boolean allFinite() {
        float[] h = liveHost();
        if (h != null) {
            for (float v : h) {
                if (!Float.isFinite(v)) {
                    return false;
                }
            }
            return true;
        }
        return !nd.isInfinite().any() && !nd.isNaN().any();
    }

    /** The largest absolute value, or 0 for an empty tensor. */
    public double maxAbs() {
        float[] h = liveHost();
        if (h != null) {
            float m = 0f;
            for (float v : h) {
                m = Math.max(m, Math.abs(v));
            }
            return m;
        }
        return length() == 0 ? 0.0 : nd.amaxNumber().doubleValue();
    }

    /** All values in C order, as doubles. */
    public double[] toDoubleArray() {
        float[] h = liveHost();
        if (h != null) {
            double[] d = new double[h.length];
            for (int i = 0; i < h.length; i++) {
                d[i] = h[i];
            }
            return d;
        }
        return nd.dup('c').data().asDouble();
    }

    /** All values in C order, as floats. */
    public float[] toFloatArray() {
        float[] h = liveHost();
        return h != null ? h.clone() : nd.dup('c').data().asFloat();
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
        float[] h = host;
        Tensor t = h != null ? new Tensor(h, shape, producer, requires, owner) : new Tensor(nd, producer, requires);
        if (h != null) {
            t.nd = nd;
        }
        return t;
    }

    // ---- arithmetic (broadcasting) ----------------------------------------------------------

    public Tensor add(Tensor other) {
        return AddOp.apply(this, other);
    }

    public Tensor sub(Tensor other) {
        return SubOp.apply(this, other);
    }

    public Tensor mul(Tensor other) {
        return MulOp.apply(this, other);
    }

    public Tensor div(Tensor other) {
        return DivOp.apply(this, other);
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
        return LinearOp.apply(this, weight, bias, ActivationGradOp.Kind.TANH);
    }

    /** {@code sigmoid(x W^T + b)} as one fused op (see {@link #linear}). */
    public Tensor linearSigmoid(Tensor weight, Tensor bias) {
        return LinearOp.apply(this, weight, bias, ActivationGradOp.Kind.SIGMOID);
    }

    /** {@code elu(x W^T + b)} with {@code alpha = 1} as one fused op (see {@link #linear}). */
    public Tensor linearElu(Tensor weight, Tensor bias) {
        return LinearOp.apply(this, weight, bias, ActivationGradOp.Kind.ELU);
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
        return SquareOp.apply(this);
    }

    public Tensor exp() {
        return ExpOp.apply(this);
    }

    public Tensor log() {
        return LogOp.apply(this);
    }

    public Tensor sqrt() {
        return SqrtOp.apply(this);
    }

    public Tensor abs() {
        return AbsOp.apply(this);
    }

    public Tensor tanh() {
        return TanhOp.apply(this);
    }

    public Tensor sigmoid() {
        return SigmoidOp.apply(this);
    }

    /** {@code log(1 + exp(x))}, computed stably. */
    public Tensor softplus() {
        return SoftplusOp.apply(this);
    }

    public Tensor relu() {
        return ReluOp.apply(this);
    }

    /** {@code x} for positive x, else {@code alpha (exp(x) - 1)}. */
    public Tensor elu(double alpha) {
        return EluOp.apply(this, alpha);
    }

    /** {@code x sigmoid(x)} (also called swish). */
    public Tensor silu() {
        return SiluOp.apply(this);
    }

    /** Elementwise choice: {@code mask != 0 ? a : b}; the mask is a constant of 0s and 1s. */
    public static Tensor where(Tensor mask, Tensor a, Tensor b) {
        return WhereOp.apply(mask, a, b);
    }

    /** A constant 0/1 mask of {@code this > threshold}. */
    public Tensor gt(double threshold) {
        if (Host.use(this)) {
            return new Tensor(HostElementwise.greaterThan(host(), (float) threshold), shape, null, false);
        }
        return constant(value().gt(threshold).castTo(dtype()));
    }

    /** The same values in another dtype; gradients flow back converted. */
    public Tensor to(DataType dtype) {
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
     * and an optional bias of shape {@code (out)} (null for none): im2col, a matrix product, a
     * reshape. Differentiable to every order in the input, weight and bias.
     */
    public Tensor conv2d(Tensor weight, Tensor bias, int stride, int padding) {
        return Convolutions.conv2d(this, weight, bias, stride, padding);
    }

    @Override
    public String toString() {
        return "Tensor" + Shapes.str(shape) + " " + dtype + (op != null ? " <- " + op.name() : requiresGrad ? " (variable)" : "");
    }
}

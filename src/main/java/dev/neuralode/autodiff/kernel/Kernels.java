package dev.neuralode.autodiff.kernel;

/**
 * The arithmetic under every tensor op: about forty primitives over {@link Storage}, with no tape
 * and no gradients (those are the ops' business). Two implementations exist, the host kernels
 * (float32 in Java arrays, vectorised loops, direct BLAS) and the ND4J kernels (any dtype, any ND4J
 * backend including CUDA); the engine picks one per dtype in one place.
 *
 * <p>Conventions: storages are C-ordered and contiguous, shapes are passed beside them, a kernel may
 * receive storage made by the other implementation and then converts it first ({@link #adopt}), and
 * a kernel never writes into its inputs. Binary kernels broadcast like NumPy: {@code out} is the
 * broadcast of both operand shapes, which the caller has checked.
 */
public interface Kernels {

    /** A short name for status lines: "host" or "ND4J". */
    String name();

    /** Whether {@code s} lives in this implementation's memory. */
    boolean owns(Storage s);

    // ---- creation and conversion -------------------------------------------------------------

    /** {@code values} (C order, may be kept: the caller must not change them) as a storage of {@code shape}. */
    Storage fromFloats(float[] values, long[] shape);

    /** {@code values} in C order converted to {@code dtype}. */
    Storage fromDoubles(double[] values, DType dtype, long[] shape);

    /** Every element equal to {@code value}. */
    Storage full(double value, DType dtype, long[] shape);

    /** {@code s} in this implementation's memory, with its dtype (a copy unless it already is). */
    Storage adopt(Storage s, long[] shape);

    /** {@code x} converted to {@code dtype}, in this implementation's memory. */
    Storage cast(Storage x, long[] shape, DType dtype);

    /** The same values viewed in another shape of the same length. */
    Storage reshape(Storage x, long[] shape);

    // ---- elementwise, one operand --------------------------------------------------------------

    Storage exp(Storage x);

    Storage log(Storage x);

    Storage sqrt(Storage x);

    Storage abs(Storage x);

    /** -1, 0 or 1 by the sign of each element. */
    Storage sign(Storage x);

    Storage tanh(Storage x);

    Storage sigmoid(Storage x);

    /** {@code log(1 + exp(x))}, computed without overflow as {@code max(x, 0) + log1p(exp(-|x|))}. */
    Storage softplus(Storage x);

    Storage relu(Storage x);

    /** {@code x sigmoid(x)}. */
    Storage silu(Storage x);

    Storage square(Storage x);

    /** {@code x > 0 ? x : alpha (exp(x) - 1)}. */
    Storage elu(Storage x, double alpha);

    Storage pow(Storage x, double p);

    /** {@code scale x + shift}; a non-finite scale or shift propagates like IEEE arithmetic. */
    Storage affine(Storage x, double scale, double shift);

    /** 1 where {@code x > threshold}, else 0, in x's dtype. */
    Storage greaterThan(Storage x, double threshold);

    /** The activation's derivative from its output, times g: {@code g act'(y)} (see {@link Activation}). */
    Storage activationGrad(Activation kind, Storage g, Storage y);

    // ---- elementwise, several operands (NumPy broadcasting) --------------------------------------

    Storage add(Storage a, long[] sa, Storage b, long[] sb, long[] out);

    Storage sub(Storage a, long[] sa, Storage b, long[] sb, long[] out);

    Storage mul(Storage a, long[] sa, Storage b, long[] sb, long[] out);

    Storage div(Storage a, long[] sa, Storage b, long[] sb, long[] out);

    /** {@code mask != 0 ? a : b}, all three broadcast to {@code out}. */
    Storage where(Storage mask, long[] sm, Storage a, long[] sa, Storage b, long[] sb, long[] out);

    /** {@code sum_i c_i x_i} over storages of one shape. */
    Storage combine(double[] c, Storage[] x);

    // ---- linear algebra ----------------------------------------------------------------------------

    /**
     * {@code op(A) op(B)} where op optionally swaps the last two axes: {@code (n,k)@(k,m)} or batched
     * {@code (b,n,k)@(b,k,m)}, of shapes the caller has checked.
     */
    Storage gemm(Storage a, long[] sa, boolean transA, Storage b, long[] sb, boolean transB);

    /**
     * {@code act(x W^T + b)}: x of shape (n, in), W (out, in), bias (out) or null, activation or null
     * for none.
     */
    Storage linear(Storage x, Storage w, Storage bias, int n, int in, int out, Activation activation);

    // ---- reductions ------------------------------------------------------------------------------

    /** Sums {@code x} down to {@code target}, which has x's rank and 1 on every summed axis. */
    Storage sumTo(Storage x, long[] sx, long[] target);

    /** {@code m + log sum exp(x - m)} along {@code axis}, {@code m} the maximum; the axis kept with size 1. */
    Storage logSumExp(Storage x, long[] sx, int axis);

    // ---- normalisation ---------------------------------------------------------------------------

    /**
     * Group normalisation, {@code y = (x - mu) rstd gamma_c + beta_c} within each group of
     * {@code layout}, with the group's mean {@code mu} and {@code rstd = 1 / sqrt(var + eps)} of its
     * biased variance; {@code gamma} and {@code beta} (one per channel) may be null for 1 and 0.
     * Returns y and the statistics, {@code (rows, 2)}: mu and rstd of each group.
     */
    Storage[] groupNorm(Storage x, Storage gamma, Storage beta, GroupLayout layout, double eps);

    /**
     * The vector-Jacobian product of {@link #groupNorm} for the upstream gradient g: with
     * {@code xhat = (x - mu) rstd} and {@code gx = g gamma_c}, within each group of M values
     * {@code dx = rstd (gx - sum(gx) / M - xhat sum(gx xhat) / M)}. Returns dx and, as {@code (2, C)},
     * {@code dgamma_c = sum g xhat} and {@code dbeta_c = sum g} over the batch and the channel's values.
     */
    Storage[] groupNormBackward(Storage g, Storage x, Storage stats, Storage gamma, GroupLayout layout);

    // ---- shape -----------------------------------------------------------------------------------

    /** {@code x} repeated along size-1 and missing leading axes to {@code out}. */
    Storage broadcastTo(Storage x, long[] sx, long[] out);

    /** Axis {@code i} of the result is axis {@code order[i]} of x. */
    Storage permute(Storage x, long[] sx, int[] order);

    /** Elements {@code [from, to)} along {@code axis}. */
    Storage slice(Storage x, long[] sx, int axis, int from, int to);

    /** x placed at offset {@code from} in zeros of size {@code length} along {@code axis} (slice's adjoint). */
    Storage pad(Storage x, long[] sx, int axis, int from, int length);

    Storage concat(Storage[] parts, long[][] shapes, int axis);

    /** The given indices along {@code axis}, repeats allowed. */
    Storage indexSelect(Storage x, long[] sx, int axis, int[] indices);

    /** Zeros of size {@code length} along {@code axis} with slice k of x added at {@code indices[k]} (select's adjoint). */
    Storage indexAdd(Storage x, long[] sx, int axis, int[] indices, int length);

    // ---- convolution -------------------------------------------------------------------------------

    /** The patch matrix of an image batch (see {@link ConvGeometry}). */
    Storage im2col(Storage image, ConvGeometry geometry);

    /** The adjoint of {@link #im2col}: patches summed back onto the image. */
    Storage col2im(Storage patches, ConvGeometry geometry);

    /**
     * PyTorch's {@code conv2d} (a cross-correlation) of the batch x over {@code geometry} with W of
     * shape {@code (O, C, kh, kw)} and a bias of shape {@code (O)} or null:
     * {@code y = W P + b} with the patch matrix {@code P = im2col(x)}. Returns y, of shape
     * {@code (N, O, OH, OW)}, and P, which the weight's gradient needs.
     */
    Storage[] conv2d(Storage x, Storage w, Storage bias, ConvGeometry geometry, int outChannels);

    /**
     * The vector-Jacobian products of {@link #conv2d} for the upstream gradient gy of shape
     * {@code (N, O, OH, OW)}, viewed as G of shape {@code (O, N OH OW)}: {@code dx = col2im(W^T G)}
     * when {@code input}, {@code dW = G P^T} when {@code weight}, else null; the bias's is gy summed,
     * left to the caller.
     */
    Storage[] conv2dBackward(Storage gy, Storage patches, Storage w, ConvGeometry geometry, int outChannels, boolean input,
                             boolean weight);
}

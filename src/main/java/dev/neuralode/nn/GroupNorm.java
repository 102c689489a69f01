package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.Arrays;

/**
 * Group normalisation (Wu and He, "Group Normalization", ECCV 2018; PyTorch's {@code nn.GroupNorm}):
 * the channels of each sample are split into {@code G} groups, and within each group
 * {@code y = (x - mean) / sqrt(var + eps) * gamma_c + beta_c}, with the biased variance over the
 * group's channels and spatial positions. Parameters {@code weight} (gamma, starts at 1) and
 * {@code bias} (beta, starts at 0), one per channel, when affine. The same in training and
 * evaluation (no running statistics).
 *
 * <p>One fused op ({@link Tensor#groupNorm}), differentiable to every order.
 */
public final class GroupNorm extends Layer {

    private final int groups;
    private final int channels;
    private final double eps;
    private final Parameter weight;
    private final Parameter bias;

    /** Float32, affine, {@code eps = 1e-5} (PyTorch's defaults). */
    public GroupNorm(int groups, int channels) {
        this(groups, channels, 1e-5, true, DType.FLOAT32);
    }

    public GroupNorm(int groups, int channels, double eps, boolean affine, DType dtype) {
        if (groups < 1 || channels < 1 || channels % groups != 0) {
            throw new IllegalArgumentException("GroupNorm: " + channels + " channels do not split into " + groups
                    + " groups; the channel count must be a positive multiple of the group count");
        }
        if (!(eps > 0)) {
            throw new IllegalArgumentException("GroupNorm: eps must be positive, was " + eps);
        }
        this.groups = groups;
        this.channels = channels;
        this.eps = eps;
        this.weight = affine ? registerParameter("weight", Init.constant(1.0, dtype, channels)) : null;
        this.bias = affine ? registerParameter("bias", Init.constant(0.0, dtype, channels)) : null;
    }

    /** @param x of shape {@code (N, C, ...)} with {@code C} channels */
    @Override
    public Tensor forward(Tensor x) {
        long[] shape = x.shape();
        if (shape.length < 2 || shape[1] != channels) {
            throw new IllegalArgumentException("GroupNorm(" + groups + ", " + channels + "): input shape "
                    + Arrays.toString(shape) + " must be (N, " + channels + ", ...)");
        }
        return x.groupNorm(groups, weight == null ? null : weight.tensor(), bias == null ? null : bias.tensor(), eps);
    }

    @Override
    public String toString() {
        return "GroupNorm(" + groups + ", " + channels + ", eps=" + eps + ", affine=" + (weight != null) + ")";
    }
}

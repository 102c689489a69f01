package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.GroupLayout;
import dev.neuralode.autodiff.kernel.Shapes;
import dev.neuralode.autodiff.kernel.Storage;
import java.util.Arrays;

/**
 * Group normalisation as one op (Wu and He, "Group Normalization", ECCV 2018; PyTorch's
 * {@code group_norm}): within each group of a sample's channels,
 * {@code y = (x - mu) / sqrt(var + eps) gamma_c + beta_c}, with the group's mean and biased
 * variance. One kernel writes y and keeps the groups' mean and {@code rstd = 1 / sqrt(var + eps)};
 * composed of a dozen elementwise and reduction ops instead, it made a dozen full-size arrays and
 * passes.
 *
 * <p>Backward, with {@code xhat = (x - mu) rstd}, {@code gx = g gamma_c} and M values per group:
 * {@code dx = rstd (gx - mean(gx) - xhat mean(gx xhat))}, {@code dgamma_c = sum g xhat},
 * {@code dbeta_c = sum g}. A first-order backward pass runs it as one fused kernel; a pass that
 * records a graph ({@code createGraph}) writes the same formula in differentiable ops, which
 * recompute xhat from x, so gradients of every order exist.
 */
final class GroupNormOp extends Op {

    private final GroupLayout layout;
    private final double eps;
    private final Storage stats;

    private GroupNormOp(Tensor[] inputs, GroupLayout layout, double eps, Storage stats) {
        super(inputs);
        this.layout = layout;
        this.eps = eps;
        this.stats = stats;
    }

    /** @param gamma and {@code beta} of shape {@code (C)}, both or neither (null) */
    static Tensor apply(Tensor x, int groups, Tensor gamma, Tensor beta, double eps) {
        long[] shape = x.shape();
        if (shape.length < 2 || groups < 1 || shape[1] % groups != 0) {
            throw new IllegalArgumentException("group_norm: input " + Shapes.str(shape) + " must be (N, C, ...) with C a multiple of "
                    + groups + " groups");
        }
        if (!(eps > 0)) {
            throw new IllegalArgumentException("group_norm: eps must be positive, was " + eps);
        }
        if ((gamma == null) != (beta == null)) {
            throw new IllegalArgumentException("group_norm: give both the weight and the bias, or neither");
        }
        Tensor[] inputs = {x};
        if (gamma != null) {
            long[] perChannel = {shape[1]};
            if (!Arrays.equals(gamma.shape(), perChannel) || !Arrays.equals(beta.shape(), perChannel)) {
                throw new IllegalArgumentException("group_norm: weight " + Shapes.str(gamma.shape()) + " and bias "
                        + Shapes.str(beta.shape()) + " must both be " + Shapes.str(perChannel));
            }
            BinaryOp.requireSameDtype("group_norm", x, gamma);
            BinaryOp.requireSameDtype("group_norm", x, beta);
            inputs = new Tensor[] {x, gamma, beta};
        }
        GroupLayout layout = GroupLayout.of(shape, groups);
        var k = x.kernels();
        Storage[] result = k.groupNorm(x.storage(), gamma == null ? null : gamma.storage(k),
                beta == null ? null : beta.storage(k), layout, eps);
        return new GroupNormOp(inputs, layout, eps, result[1]).output(result[0], shape);
    }

    @Override
    String name() {
        return "group_norm";
    }

    @Override
    Tensor[] backward(Tensor g) {
        return GradMode.isEnabled() ? differentiableBackward(g) : fusedBackward(g);
    }

    private Tensor[] fusedBackward(Tensor g) {
        Tensor x = inputs[0];
        var k = g.kernels();
        Storage[] r = k.groupNormBackward(g.storage(), x.storage(k), stats, affine() ? inputs[1].storage(k) : null, layout);
        Tensor[] grads = new Tensor[inputs.length];
        grads[0] = needs(0) ? new Tensor(r[0], x.shape(), null, false) : null;
        if (affine()) {
            Tensor params = new Tensor(r[1], new long[] {2, layout.channels()}, null, false);
            grads[1] = needs(1) ? params.slice(0, 0, 1).reshape(layout.channels()) : null;
            grads[2] = needs(2) ? params.slice(0, 1, 2).reshape(layout.channels()) : null;
        }
        return grads;
    }

    /** The same products in tensor ops, recorded, for gradients of gradients. */
    private Tensor[] differentiableBackward(Tensor g) {
        Tensor x = inputs[0];
        long[] shape = x.shape();
        long[] groupsView = {layout.batch(), layout.groups(), layout.groupSize()};
        long[] perChannel = new long[shape.length];
        Arrays.fill(perChannel, 1);
        perChannel[1] = layout.channels();
        Tensor grouped = x.reshape(groupsView);
        Tensor centered = grouped.sub(grouped.mean(true, 2));
        Tensor rstd = centered.square().mean(true, 2).add(eps).pow(-0.5);
        Tensor xhat = centered.mul(rstd);
        Tensor[] grads = new Tensor[inputs.length];
        if (needs(0)) {
            Tensor gx = (affine() ? g.mul(inputs[1].reshape(perChannel)) : g).reshape(groupsView);
            grads[0] = gx.sub(gx.mean(true, 2)).sub(xhat.mul(gx.mul(xhat).mean(true, 2))).mul(rstd).reshape(shape);
        }
        if (affine()) {
            grads[1] = needs(1) ? g.mul(xhat.reshape(shape)).sumTo(perChannel).reshape(layout.channels()) : null;
            grads[2] = needs(2) ? g.sumTo(perChannel).reshape(layout.channels()) : null;
        }
        return grads;
    }

    private boolean affine() {
        return inputs.length == 3;
    }
}

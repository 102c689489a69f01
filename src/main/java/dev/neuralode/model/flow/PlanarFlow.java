package dev.neuralode.model.flow;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.model.density.GaussianBase;
import dev.neuralode.nn.Init;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.ModuleList;
import dev.neuralode.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The planar normalizing flow (Rezende and Mohamed, "Variational Inference with Normalizing
 * Flows", ICML 2015), the paper's NF baseline (Chen et al., 2018, Figures 4 and 5): K layers
 * {@code f(z) = z + u' tanh(w . z + b)} with
 * {@code log |det df/dz| = log |1 + u' . w (1 - tanh^2(w . z + b))|}. The vector u is
 * reparametrised as {@code u' = u + (m(w . u) - w . u) w / |w|^2}, {@code m(x) = -1 + softplus(x)},
 * which guarantees {@code w . u' >= -1} and so an invertible layer (their appendix A.1).
 * Parameters are named {@code layers.k.u}, {@code layers.k.w}, {@code layers.k.b}.
 */
public final class PlanarFlow extends Module {

    /** The pushed-forward points and the summed log-determinants. */
    public record Result(Tensor z, Tensor logDet) {
    }

    /** One layer's parameters u, w (each {@code (1, d)}) and b ({@code (1, 1)}). */
    private static final class PlanarLayer extends Module {
        final Parameter u;
        final Parameter w;
        final Parameter b;

        PlanarLayer(int dimension, DType dtype, RandomGenerator rng) {
            u = registerParameter("u", small(rng, dtype, 1, dimension));
            w = registerParameter("w", small(rng, dtype, 1, dimension));
            b = registerParameter("b", small(rng, dtype, 1, 1));
        }
    }

    private final ModuleList<PlanarLayer> layers;
    private final int dimension;

    public PlanarFlow(int dimension, int count, DType dtype, RandomGenerator rng) {
        if (dimension < 1 || count < 1) {
            throw new IllegalArgumentException("a planar flow needs dimension >= 1 and at least one layer, got " + dimension + " and " + count);
        }
        this.dimension = dimension;
        this.layers = registerModule("layers", new ModuleList<>());
        for (int k = 0; k < count; k++) {
            layers.add(new PlanarLayer(dimension, dtype, rng));
        }
    }

    private static Tensor small(RandomGenerator rng, DType dtype, long... shape) {
        return Init.normal(rng, 0.1, dtype, shape);
    }

    public int layerCount() {
        return layers.size();
    }

    public int dimension() {
        return dimension;
    }

    /** Pushes {@code z (n, d)} through all layers. */
    public Result forward(Tensor z) {
        return forward(z, 0, layers.size(), null);
    }

    /**
     * {@code log p(x)} of the flow read from data to base, the direction in which its determinant is
     * closed-form, so that it can be trained by maximum likelihood (the paper's Figure 5): the last
     * {@code count} layers map x to z and {@code log p(x) = log N(z; 0, I) + sum_k log |det df_k/dz|}.
     * With all layers this is the model's density of data; with fewer, the density part-way from the
     * base (none: the base itself).
     */
    public Tensor dataLogDensity(Tensor x, int count) {
        if (count == 0) {
            return GaussianBase.standard().logDensity(x);
        }
        Result r = forward(x, layers.size() - count, layers.size(), null);
        return GaussianBase.standard().logDensity(r.z()).add(r.logDet());
    }

    /** The points after each of the first {@code count} layers, starting with z itself. */
    public List<Tensor> path(Tensor z, int count) {
        List<Tensor> points = new ArrayList<>();
        points.add(z);
        forward(z, 0, count, points);
        return points;
    }

    private Result forward(Tensor z, int from, int to, List<Tensor> path) {
        Tensor logDet = null;
        for (PlanarLayer layer : layers.modules().subList(from, to)) {
            Tensor u = layer.u.tensor();
            Tensor w = layer.w.tensor();
            Tensor b = layer.b.tensor();
            Tensor wu = w.mul(u).sum(true, 1);
            Tensor uHat = u.add(wu.softplus().add(-1.0).sub(wu).mul(w).div(w.square().sum(true, 1)));
            Tensor h = z.matmulNT(w).add(b).tanh();
            z = z.add(h.matmul(uHat));
            Tensor wDotUHat = w.mul(uHat).sum(true, 1);
            Tensor det = h.square().rsub(1.0).mul(wDotUHat).add(1.0);
            Tensor layerLogDet = det.abs().add(1e-12).log();
            logDet = logDet == null ? layerLogDet : logDet.add(layerLogDet);
            if (path != null) {
                path.add(z);
            }
        }
        return new Result(z, logDet);
    }
}

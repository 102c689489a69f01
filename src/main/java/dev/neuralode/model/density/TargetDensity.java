package dev.neuralode.model.density;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.data.AnalyticDensity;
import dev.neuralode.data.DensityComponent;
import java.util.List;

/**
 * An {@link AnalyticDensity} as a differentiable expression of points {@code x (n, 2)}:
 * {@code log p(x) = logsumexp_k log p_k(x)} over its components (blobs and rings, see
 * {@link DensityComponent}), for training by KL(q || p) where gradients must reach x.
 */
public final class TargetDensity {

    /** Keeps the gradient of {@code |x - c|} finite at the centre of a ring. */
    private static final double RADIUS_FLOOR = 1e-12;

    private final AnalyticDensity density;

    public TargetDensity(AnalyticDensity density) {
        this.density = density;
    }

    public AnalyticDensity density() {
        return density;
    }

    /** {@code log p(x)} as {@code (n, 1)}. */
    public Tensor logDensity(Tensor x) {
        List<DensityComponent> parts = density.components();
        Tensor[] logs = new Tensor[parts.size()];
        for (int k = 0; k < logs.length; k++) {
            DensityComponent c = parts.get(k);
            Tensor centre = Tensor.fromValues(new double[] {c.cx(), c.cy()}, x.dtype(), 1, 2);
            Tensor squared = x.sub(centre).square().sum(true, 1);
            double s2 = c.sigma() * c.sigma();
            if (c.ring()) {
                Tensor off = squared.add(RADIUS_FLOOR).sqrt().add(-c.radius());
                double norm = Math.log(c.mass() / (2 * Math.PI * c.radius() * Math.sqrt(2 * Math.PI) * c.sigma()));
                logs[k] = off.square().affine(-0.5 / s2, norm);
            } else {
                logs[k] = squared.affine(-0.5 / s2, Math.log(c.mass() / (2 * Math.PI * s2)));
            }
        }
        return logs.length == 1 ? logs[0] : Tensor.concat(1, logs).logSumExp(1, true);
    }
}

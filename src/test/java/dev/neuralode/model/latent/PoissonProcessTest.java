package dev.neuralode.model.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Poisson process likelihood: with a constant intensity lambda the log-likelihood of n events
 * in {@code [0, T]} is {@code n log lambda - lambda T}; in general the extra ODE state
 * {@code Lambda(T)} is the integral of lambda along the latent trajectory.
 */
class PoissonProcessTest {

    @BeforeAll
    static void engine() {
        Backend.start();
    }

    @Test
    void constantIntensityGivesTheClosedForm() {
        LatentOde m = LatentOdeTest.model(DType.FLOAT64, 5, 11);
        // g(z) = 0 z + b, so lambda = softplus(b) whatever the latent trajectory does.
        double b = 0.4;
        m.parameter("poisson.net.2.weight").set(Tensor.zeros(DType.FLOAT64, 1, 5));
        m.parameter("poisson.net.2.bias").set(Tensor.full(b, DType.FLOAT64, 1));
        double lambda = Math.log1p(Math.exp(b));
        IrregularBatch batch = IrregularBatch.of(List.of(IrregularBatchTest.A, IrregularBatchTest.B), DType.FLOAT64);
        Elbo elbo = m.elbo(batch, m.encode(batch), m.encode(batch).mean());
        double[] ll = elbo.poisson().toDoubleArray();
        double window = batch.endTime();
        assertEquals(3 * Math.log(lambda) - lambda * window, ll[0], 1e-9);
        assertEquals(2 * Math.log(lambda) - lambda * window, ll[1], 1e-9);
    }

    @Test
    void theExtraStateIntegratesTheIntensityAlongTheTrajectory() {
        LatentOde m = LatentOdeTest.model(DType.FLOAT64, 5, 12);
        Tensor z0 = Tensor.fromValues(new double[] {0.8, -0.5, 0.3, 1.2, -1.0, 0.4, 0.0, 0.6}, DType.FLOAT64, 2, 4);
        int n = 400;
        double end = 2.0;
        double[] grid = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            grid[i] = end * i / n;
        }
        LatentOde.Rollout r = m.rollout(z0, grid);
        double[] lambda = m.poisson().intensity(r.z()).toDoubleArray();
        double[] cumulative = r.cumulativeIntensity().toDoubleArray();
        for (int s = 0; s < 2; s++) {
            // Simpson's rule on the dense grid: error of order h^4, far below the tolerance here.
            double sum = lambda[s] + lambda[n * 2 + s];
            for (int i = 1; i < n; i++) {
                sum += (i % 2 == 1 ? 4 : 2) * lambda[i * 2 + s];
            }
            assertEquals(sum * (end / n) / 3, cumulative[n * 2 + s], 1e-8);
        }
    }
}

package dev.neuralode.model.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.ode.Dynamics;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shapes of every output, masking of irregular batches, and solves on both sides of t = 0. */
class LatentOdeTest {

    private static final IrregularSeries A = IrregularBatchTest.A;
    private static final IrregularSeries B = IrregularBatchTest.B;

    @BeforeAll
    static void engine() {
        Backend.start();
    }

    static LatentOde model(DType dtype, int poissonHidden, long seed) {
        return new LatentOde(LatentOdeConfig.paper().withDtype(dtype).withPoisson(poissonHidden).withTolerances(1e-10, 1e-10),
                new SplittableRandom(seed));
    }

    @Test
    void elboTermsRolloutAndPredictionsHaveTheirShapes() {
        LatentOde m = model(DType.FLOAT32, 8, 1);
        IrregularBatch batch = IrregularBatch.of(List.of(A, B), DType.FLOAT32);
        Posterior q = m.encode(batch);
        assertArrayEquals(new long[] {2, 4}, q.mean().shape());
        assertArrayEquals(new long[] {2, 4}, q.logVar().shape());
        Elbo elbo = m.elbo(batch, new SplittableRandom(2));
        assertEquals(0, elbo.loss().rank());
        assertArrayEquals(new long[] {2}, elbo.logLikelihood().shape());
        assertArrayEquals(new long[] {2}, elbo.kl().shape());
        assertArrayEquals(new long[] {2}, elbo.poisson().shape());
        assertTrue(elbo.nfe() > 0);
        LatentOde.Rollout r = m.rollout(q.mean(), batch.times());
        assertArrayEquals(new long[] {4, 2, 4}, r.z().shape());
        assertArrayEquals(new long[] {4, 2, 1}, r.cumulativeIntensity().shape());
        assertArrayEquals(new long[] {3, 2, 2}, m.predict(batch, new double[] {2.5, 3, 4}).shape());
        assertNull(model(DType.FLOAT32, 0, 1).elbo(batch, new SplittableRandom(2)).poisson());
    }

    @Test
    void maskedBatchGivesEachSeriesTheTermsItHasAlone() {
        // The posterior, the likelihood of the observed points only, the KL and the Poisson term of a
        // series must not depend on which other series share its batch (float64, tight tolerances).
        LatentOde m = model(DType.FLOAT64, 8, 3);
        IrregularBatch both = IrregularBatch.of(List.of(A, B), DType.FLOAT64);
        Tensor eps = Tensor.fromValues(new double[] {0.3, -1.2, 0.5, 0.1, -0.7, 0.2, 1.1, -0.4}, DType.FLOAT64, 2, 4);
        Elbo joint = m.elbo(both, m.encode(both), m.encode(both).sample(eps));
        for (int s = 0; s < 2; s++) {
            IrregularBatch alone = IrregularBatch.of(List.of(s == 0 ? A : B), DType.FLOAT64);
            Posterior q = m.encode(alone);
            assertArrayEquals(m.encode(both).mean().slice(0, s, s + 1).toDoubleArray(), q.mean().toDoubleArray(), 1e-12);
            Elbo single = m.elbo(alone, q, q.sample(eps.slice(0, s, s + 1)));
            assertEquals(single.logLikelihood().item(), joint.logLikelihood().toDoubleArray()[s], 1e-6);
            assertEquals(single.kl().item(), joint.kl().toDoubleArray()[s], 1e-12);
            // The Poisson window is the batch's [0, T]: T = 2 for both, as series a ends at 2.
            if (s == 0) {
                assertEquals(single.poisson().item(), joint.poisson().toDoubleArray()[s], 1e-6);
            }
        }
    }

    @Test
    void unobservedGridPointsDoNotEnterTheLikelihood() {
        LatentOde m = model(DType.FLOAT64, 0, 4);
        IrregularBatch batch = IrregularBatch.of(List.of(A, B), DType.FLOAT64);
        Posterior q = m.encode(batch);
        Tensor mu = m.decode(m.rollout(q.mean(), batch.times()).z());
        Tensor base = GaussianLikelihood.logLikelihood(batch.values(), mu, batch.mask(), 0.3);
        // Changing a prediction where series b was not observed (grid time 0) leaves its term alone.
        double[] shifted = mu.toDoubleArray();
        shifted[2] += 5.0;
        Tensor changed = GaussianLikelihood.logLikelihood(batch.values(), Tensor.fromValues(shifted, DType.FLOAT64, 4, 2, 2),
                batch.mask(), 0.3);
        assertArrayEquals(base.toDoubleArray(), changed.toDoubleArray(), 0.0);
        // A prediction where b was observed does change it.
        shifted[6] += 5.0;
        changed = GaussianLikelihood.logLikelihood(batch.values(), Tensor.fromValues(shifted, DType.FLOAT64, 4, 2, 2),
                batch.mask(), 0.3);
        assertTrue(changed.toDoubleArray()[1] < base.toDoubleArray()[1] - 1);
    }

    @Test
    void trajectoriesRunBackwardsAndForwardsFromZero() {
        LatentOde m = model(DType.FLOAT64, 0, 5);
        Tensor z0 = Tensor.fromValues(new double[] {0.5, -0.3, 0.2, 1.0}, DType.FLOAT64, 1, 4);
        double[] times = {-1.0, -0.25, 0.0, 0.75};
        LatentOde.Rollout r = m.rollout(z0, times);
        assertArrayEquals(z0.toDoubleArray(), r.z().slice(0, 2, 3).toDoubleArray(), 0.0);
        // Solving forwards from z(-1) by one time unit returns to z0.
        Tensor back = r.z().slice(0, 0, 1).reshape(1, 4);
        State forward = m.solver().odeint().solve(Dynamics.of(m.dynamics()), State.of(back), TimeGrid.of(-1.0, 0.0)).state(1);
        assertArrayEquals(z0.toDoubleArray(), forward.single().toDoubleArray(), 1e-8);
        // Times that do not include 0 work too.
        assertArrayEquals(new long[] {2, 1, 4}, m.rollout(z0, new double[] {-0.5, 0.5}).z().shape());
        assertThrows(IllegalArgumentException.class, () -> m.rollout(z0, new double[] {1.0, 0.5}));
    }

    @Test
    void explanationHoldsPlainArraysForAView() {
        LatentOde m = model(DType.FLOAT32, 8, 6);
        double[] times = {-0.5, 0.0, 0.5, 1.0, 2.0, 3.0};
        LatentPrediction p;
        try (GradMode on = GradMode.enabled()) {
            p = m.explain(A, times, 3, new SplittableRandom(7));
        }
        assertArrayEquals(times, p.times());
        assertEquals(3, p.observed().length);
        assertEquals(6, p.mean().length);
        assertEquals(2, p.mean()[0].length);
        assertEquals(3, p.sampleCount());
        assertEquals(6, p.samples()[2].length);
        assertEquals(4, p.latent()[0].length);
        assertEquals(3, p.latentSamples().length);
        assertEquals(6, p.intensity().length);
        assertEquals(4, p.z0Std().length);
        assertTrue(p.z0Std()[0] > 0);
        // The mean trajectory at t = 0 decodes the posterior mean itself.
        assertArrayEquals(p.z0Mean(), p.latent()[1], 1e-6);
        assertNull(model(DType.FLOAT32, 0, 6).explain(A, times, 0, new SplittableRandom(7)).intensity());
    }
}

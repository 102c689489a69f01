package dev.neuralode.model.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Parameter;
import dev.neuralode.ode.Odeint;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The latent ODE's ELBO gradients by the adjoint method equal those of backprop through the solver. */
class LatentAdjointTest {

    private static List<double[]> gradients(TrajectorySolver solver, boolean poisson) {
        LatentOdeConfig config = new LatentOdeConfig(2, 2, 3, true, 3, 1, MlpActivation.TANH, 3, 0.5, 2, 1e-6, 1e-6, DType.FLOAT64);
        LatentOde m = new LatentOde(poisson ? config.withPoisson(3) : config, new SplittableRandom(7));
        m.setSolver(solver);
        IrregularBatch batch = IrregularBatch.of(List.of(IrregularBatchTest.A, IrregularBatchTest.B), DType.FLOAT64);
        Tensor eps = Tensor.fromValues(new double[] {0.3, -1.2, 0.5, 0.1}, DType.FLOAT64, 2, 2);
        Posterior q = m.encode(batch);
        Elbo elbo = m.elbo(batch, q, q.sample(eps));
        m.zeroGrad();
        elbo.loss().backward();
        List<double[]> grads = new ArrayList<>();
        for (Parameter p : m.parameters()) {
            grads.add(p.grad() == null ? new double[(int) p.length()] : p.grad().toDoubleArray());
        }
        if (solver.sensitivity() instanceof dev.neuralode.sensitivity.Sensitivity.Adjoint) {
            assertTrue(elbo.backwardNfe() > 0, "the adjoint's backward solves ran");
        }
        return grads;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void adjointGradientsMatchDirectBackpropagation(boolean poisson) {
        Odeint tight = Odeint.with("dopri5").tolerances(1e-10, 1e-10);
        List<double[]> direct = gradients(TrajectorySolver.direct(tight), poisson);
        List<double[]> adjoint = gradients(TrajectorySolver.adjoint(tight), poisson);
        for (int k = 0; k < direct.size(); k++) {
            for (int i = 0; i < direct.get(k).length; i++) {
                assertEquals(direct.get(k)[i], adjoint.get(k)[i], 1e-6 * (1 + Math.abs(direct.get(k)[i])), "parameter " + k + " element " + i);
            }
        }
    }
}

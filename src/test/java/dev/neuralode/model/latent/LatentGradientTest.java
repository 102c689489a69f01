package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.GradChecks;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.ode.FixedStep;
import dev.neuralode.ode.Odeint;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finite-difference checks (float64, first and second order, {@link GradChecks}) of the latent
 * ODE's pieces on tiny sizes: the recognition RNN's step and its masked backward pass, the ELBO's
 * terms, the Poisson term, and the whole ELBO through a fixed-step solver (an adaptive solver's
 * step choices would jump under the finite-difference perturbations).
 */
class LatentGradientTest {

    private static final String[] CELL = {"i2h.weight", "i2h.bias", "h2o.weight", "h2o.bias"};

    @BeforeAll
    static void engine() {
        Backend.start();
    }

    private static RecognitionRnn rnn() {
        return new RecognitionRnn(2, 3, 2, true, DType.FLOAT64, new SplittableRandom(1));
    }

    private static Tensor[] withParameters(RecognitionRnn rnn, Tensor... inputs) {
        Tensor[] all = new Tensor[inputs.length + CELL.length];
        System.arraycopy(inputs, 0, all, 0, inputs.length);
        for (int i = 0; i < CELL.length; i++) {
            all[inputs.length + i] = rnn.parameter(CELL[i]).value();
        }
        return all;
    }

    private static void useParameters(RecognitionRnn rnn, Tensor[] x, int from) {
        for (int i = 0; i < CELL.length; i++) {
            rnn.parameter(CELL[i]).set(x[from + i]);
        }
    }

    @Test
    void recognitionStep() {
        RecognitionRnn rnn = rnn();
        Random r = new Random(2);
        GradChecks.check("recognition step", x -> {
            useParameters(rnn, x, 2);
            Posterior q = rnn.posterior(rnn.step(x[0], x[1]));
            return Tensor.concat(1, q.mean(), q.logVar());
        }, withParameters(rnn, GradChecks.uniform(r, -1, 1, 2, 3), GradChecks.uniform(r, -1, 1, 2, 3)));
    }

    @Test
    void maskedBackwardPassOverAnIrregularBatch() {
        RecognitionRnn rnn = rnn();
        IrregularBatch batch = IrregularBatch.of(List.of(IrregularBatchTest.A, IrregularBatchTest.B), DType.FLOAT64);
        GradChecks.check("recognition over a batch", x -> {
            useParameters(rnn, x, 0);
            Posterior q = rnn.encode(batch);
            return Tensor.concat(1, q.mean(), q.logVar());
        }, withParameters(rnn));
    }

    @Test
    void klAndReparameterisedSample() {
        Random r = new Random(3);
        Tensor eps = GradChecks.uniform(r, -2, 2, 2, 3);
        GradChecks.check("KL to N(0, I)", x -> new Posterior(x[0], x[1]).klToStandardNormal(),
                GradChecks.uniform(r, -1, 1, 2, 3), GradChecks.uniform(r, -1, 1, 2, 3));
        GradChecks.check("reparameterised sample", x -> new Posterior(x[0], x[1]).sample(eps),
                GradChecks.uniform(r, -1, 1, 2, 3), GradChecks.uniform(r, -1, 1, 2, 3));
    }

    @Test
    void maskedGaussianLikelihood() {
        IrregularBatch batch = IrregularBatch.of(List.of(IrregularBatchTest.A, IrregularBatchTest.B), DType.FLOAT64);
        GradChecks.check("Gaussian log-likelihood", x -> GaussianLikelihood.logLikelihood(batch.values(), x[0], batch.mask(), 0.3),
                GradChecks.uniform(new Random(4), -5, 5, 4, 2, 2));
    }

    @Test
    void poissonTerm() {
        PoissonProcess p = new PoissonProcess(2, 3, DType.FLOAT64, new SplittableRandom(5));
        Tensor mask = Tensor.fromValues(new double[] {1, 0, 1, 1, 0, 1}, DType.FLOAT64, 3, 2, 1);
        Random r = new Random(6);
        Tensor w = p.parameter("net.0.weight").value();
        GradChecks.check("Poisson log-likelihood", x -> {
            p.parameter("net.0.weight").set(x[2]);
            return p.logLikelihood(x[0], mask, x[1]);
        }, GradChecks.uniform(r, -1, 1, 3, 2, 2), GradChecks.uniform(r, 0, 2, 2, 1), w);
    }

    @Test
    void wholeElboThroughAFixedStepSolver() {
        LatentOde m = new LatentOde(new LatentOdeConfig(2, 2, 3, true, 3, 1, MlpActivation.TANH, 3, 0.5, 2, 1e-6, 1e-6,
                DType.FLOAT64), new SplittableRandom(7));
        m.setSolver(TrajectorySolver.direct(Odeint.with("rk4").controller(FixedStep.of(0.25))));
        IrregularBatch batch = IrregularBatch.of(List.of(IrregularBatchTest.A, IrregularBatchTest.B), DType.FLOAT64);
        Tensor eps = Tensor.fromValues(new double[] {0.3, -1.2, 0.5, 0.1}, DType.FLOAT64, 2, 2);
        Tensor w = m.parameter("dynamics.net.0.weight").value();
        GradChecks.check("ELBO", x -> {
            m.parameter("dynamics.net.0.weight").set(x[0]);
            Posterior q = m.encode(batch);
            return m.elbo(batch, q, q.sample(eps)).loss();
        }, w);
    }
}

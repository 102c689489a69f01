package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.KernelSwitch;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.data.Spirals;
import dev.neuralode.model.latent.IrregularBatch;
import dev.neuralode.model.latent.LatentOde;
import dev.neuralode.model.latent.LatentOdeConfig;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.SGD;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ND4J kernels (the only kernels on a GPU) train every model as the host kernels do: three
 * float32 iterations from one seed on each, the losses and every parameter's gradient at each
 * iteration equal to a relative 1e-4 (of the largest magnitude of that gradient). float32 sums in
 * another order differ in the last bits, and adaptive step control would turn a larger difference
 * into another step sequence, so agreement here means the kernels compute the same functions.
 */
class BackendParityTest {

    private static final double RELATIVE = 1e-4;
    private static final int ITERATIONS = 3;

    /** One iteration's loss and the gradients of every parameter, by name. */
    private record Step(double loss, Map<String, double[]> grads) {
    }

    @BeforeAll
    static void engine() {
        Backend.start(1);
    }

    private static Map<String, double[]> grads(Module module) {
        Map<String, double[]> out = new LinkedHashMap<>();
        module.namedParameters().forEach((name, p) -> {
            Tensor g = p.grad();
            out.put(name, g == null ? new double[0] : g.toDoubleArray());
        });
        return out;
    }

    private static List<Step> density(CnfExperiment config) {
        DensityTrainer trainer = new DensityTrainer(config, null);
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i <= ITERATIONS; i++) {
            DensityTrainer.Iteration it = trainer.backward(i);
            steps.add(new Step(it.loss(), grads(trainer.module())));
            trainer.optimizer().step();
        }
        return steps;
    }

    private static List<Step> latent() {
        Spirals.Config paper = Spirals.Config.paper();
        Spirals.Config c = new Spirals.Config(12, paper.gridPoints(), paper.observed(), paper.extrapolated(), paper.stop(),
                paper.a(), paper.b(), paper.noiseStd());
        SplittableRandom sub = new SplittableRandom(3);
        List<IrregularSeries> series = new ArrayList<>();
        for (Spirals.Spiral s : Spirals.generate(c, new SplittableRandom(1))) {
            series.add(s.observed().subsample(15, sub));
        }
        LatentOde model = new LatentOde(LatentOdeConfig.paper().withPoisson(16), new SplittableRandom(2));
        IrregularBatch batch = IrregularBatch.of(series, DType.FLOAT32);
        // Plain gradient steps: Adam's first step moves each weight by about lr times the sign of its
        // gradient, so a gradient entry within float32 noise of zero would flip a whole step.
        SGD sgd = new SGD(model.namedParameters(), 1e-3);
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i <= ITERATIONS; i++) {
            sgd.zeroGrad();
            Tensor loss = model.loss(batch, new SplittableRandom(100 + i));
            loss.backward();
            steps.add(new Step(loss.item(), grads(model)));
            sgd.step();
        }
        return steps;
    }

    private static void assertSame(String model, List<Step> host, List<Step> nd4j) {
        for (int i = 0; i < ITERATIONS; i++) {
            Step h = host.get(i);
            Step n = nd4j.get(i);
            assertEquals(h.loss(), n.loss(), RELATIVE * Math.abs(h.loss()), model + ": loss of iteration " + (i + 1));
            assertEquals(h.grads().keySet(), n.grads().keySet());
            for (Map.Entry<String, double[]> e : h.grads().entrySet()) {
                double[] a = e.getValue();
                double[] b = n.grads().get(e.getKey());
                assertEquals(a.length, b.length, model + ": gradient of " + e.getKey());
                double scale = 0;
                double worst = 0;
                for (int k = 0; k < a.length; k++) {
                    scale = Math.max(scale, Math.abs(a[k]));
                    worst = Math.max(worst, Math.abs(a[k] - b[k]));
                }
                assertTrue(worst <= RELATIVE * scale, model + ": gradient of " + e.getKey() + " at iteration " + (i + 1)
                        + " differs by " + worst + " (largest magnitude " + scale + ")");
                assertTrue(a.length == 0 || scale > 0, model + ": gradient of " + e.getKey() + " is all zeros");
            }
        }
    }

    private static void compare(String model, CnfExperiment config) {
        assertSame(model, KernelSwitch.onHost(() -> density(config)), KernelSwitch.onNd4j(() -> density(config)));
    }

    @Test
    void hypernetworkCnfThroughTheAdjoint() {
        compare("hypernetwork CNF", CnfExperiment.defaults()
                .withModel("hyper", 16, 8, List.of(16), "tanh", 1.0, false, 8, 0.1, 7, "float32")
                .withTraining(1e-2, 64, "exact", 0, 0).withSolver("dopri5", "adjoint").withTolerances(1e-4, 1e-4));
    }

    @Test
    void ffjordMlpWithHutchinsonAndJacobianRegularisation() {
        compare("FFJORD MLP", CnfExperiment.defaults()
                .withModel("mlp", 16, 8, List.of(16, 16), "softplus", 0.5, false, 8, 1.0, 7, "float32")
                .withTraining(1e-2, 64, "hutchinson-rademacher", 0.01, 0.01).withSolver("dopri5", "direct")
                .withTolerances(1e-4, 1e-4));
    }

    @Test
    void planarFlowMatchingADensity() {
        compare("planar flow", CnfExperiment.defaults().withData("two-moons", "kl", "two-moons")
                .withModel("planar", 16, 8, List.of(16), "tanh", 1.0, false, 8, 1.0, 7, "float32")
                .withTraining(1e-2, 128, "exact", 0, 0));
    }

    @Test
    void latentOdeWithPoissonLikelihood() {
        assertSame("latent ODE", KernelSwitch.onHost(BackendParityTest::latent), KernelSwitch.onNd4j(BackendParityTest::latent));
    }
}

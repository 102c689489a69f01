package dev.neuralode.model.odenet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.GradCheck;
import dev.neuralode.autodiff.Grad;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Table 1 classifiers: sizes, layout, the loss, and gradients through the ODE block. */
class MnistClassifierTest {

    @BeforeAll
    static void engine() {
        Backend.start(1);
    }

    private static MnistClassifier model(Architecture a) {
        return new MnistClassifier(a, a == Architecture.RKNET ? BlockSolver.rkNet() : BlockSolver.odeNet(), DType.FLOAT32,
                new SplittableRandom(0));
    }

    @Test
    void parameterCountsAreThePapers() {
        // torchdiffeq's odenet_mnist.py: 208,266 and 576,778 (the paper rounds to 0.22M and 0.60M).
        assertEquals(208_266, model(Architecture.ODENET).parameterCount());
        assertEquals(208_266, model(Architecture.RKNET).parameterCount());
        assertEquals(576_778, model(Architecture.RESNET).parameterCount());
        assertEquals(132_874, model(Architecture.STEM).parameterCount());
    }

    @Test
    void stateDictKeysAreTorchdiffeqs() {
        Map<String, Parameter> ode = model(Architecture.ODENET).namedParameters();
        assertTrue(ode.containsKey("0.weight") && ode.containsKey("6.bias"), ode.keySet().toString());
        assertTrue(ode.containsKey("7.odefunc.conv1._layer.weight") && ode.containsKey("7.odefunc.norm3.bias"), ode.keySet().toString());
        assertTrue(ode.containsKey("8.weight") && ode.containsKey("12.weight"), ode.keySet().toString());
        assertArrayEquals(new long[] {64, 65, 3, 3}, ode.get("7.odefunc.conv1._layer.weight").shape());
        Map<String, Parameter> res = model(Architecture.RESNET).namedParameters();
        assertTrue(res.containsKey("12.conv2.weight") && res.containsKey("17.weight"), res.keySet().toString());
    }

    @Test
    void logitsAndNfe() {
        MnistClassifier m = model(Architecture.ODENET);
        double[] pixels = new double[2 * 28 * 28];
        Random rng = new Random(1);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = rng.nextDouble();
        }
        Tensor logits = m.forward(Tensor.fromValues(pixels, DType.FLOAT32, 2, 1, 28, 28));
        assertArrayEquals(new long[] {2, 10}, logits.shape());
        assertTrue(logits.allFinite());
        assertTrue(m.lastSolve().forwardStats().nfe() >= 8, "dopri5 takes at least one step of 6 evaluations plus the initial step");
        assertNull(model(Architecture.RESNET).lastSolve());
        assertThrows(IllegalArgumentException.class, () -> m.forward(Tensor.zeros(DType.FLOAT32, 2, 28, 28)));
    }

    @Test
    void theFeaturePathEndsAtTheLogits() {
        Random rng = new Random(2);
        double[] pixels = new double[2 * 28 * 28];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = rng.nextDouble();
        }
        Tensor images = Tensor.fromValues(pixels, DType.FLOAT32, 2, 1, 28, 28);
        for (Architecture a : Architecture.values()) {
            MnistClassifier m = model(a);
            List<Tensor> path = m.featurePath(images, 5).features();
            int expected = switch (a) {
                case ODENET, RKNET -> 5;
                case RESNET -> 7;
                case STEM -> 1;
            };
            assertEquals(expected, path.size(), a.title());
            assertArrayEquals(new long[] {2, MnistClassifier.CHANNELS}, path.get(0).shape());
            // The end of the path, through the last layer, is what forward computes.
            assertArrayEquals(m.forward(images).toDoubleArray(), m.classify(path.get(path.size() - 1)).toDoubleArray(), 2e-4,
                    a.title());
        }
    }

    @Test
    void crossEntropyIsMinusLogSoftmaxOfTheLabel() {
        Tensor logits = Tensor.fromValues(new double[] {1, 2, 3, 0, 0, 0}, DType.FLOAT64, 2, 3);
        double first = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 3;
        double second = Math.log(3);
        assertEquals((first + second) / 2, MnistClassifier.crossEntropy(logits, new int[] {2, 1}).item(), 1e-12);
        assertArrayEquals(new int[] {2, 0}, MnistClassifier.predictions(logits));
    }

    /**
     * Gradients of a tiny ODE block (2 channels, 3x3 maps, float64) through four classical Runge-Kutta
     * steps, with respect to its input and its first convolution's bias, at first and second order
     * against finite differences. A fixed-step method, because an adaptive solve is discontinuous in
     * its input wherever the accepted steps change, which finite differences cannot cross.
     */
    @Test
    void odeBlockGradientsAtFirstAndSecondOrder() {
        OdeBlock block = new OdeBlock(new OdeFunc(2, DType.FLOAT64, new SplittableRandom(3)), new BlockSolver("rk4", 1e-3, 1e-3, 0.25, false));
        Parameter bias = block.namedParameters().get("odefunc.conv1._layer.bias");
        Tensor h0 = GradCheck.uniform(new Random(5), -1, 1, 1, 2, 3, 3);
        GradCheck.check("ODE block", x -> {
            bias.set(x[1]);
            return block.forward(x[0]);
        }, h0, bias.value());
    }

    /**
     * The adjoint against backpropagation through dopri5. Backpropagation differentiates the discrete
     * solve, step-size choices included (as torchdiffeq does), so it approaches the adjoint's
     * gradient as the tolerance tightens (measured on this problem, first element: -0.7525, -0.6790 and
     * -0.6655 at 1e-4, 1e-6 and 1e-8, against the adjoint's -0.6604 at 1e-6 and 1e-8), and single small
     * entries differ most; the whole gradient is compared. A wrong adjoint (a missing term, a sign)
     * differs by far more than the 2% allowed.
     */
    @Test
    void adjointGradientsMatchBackpropagation() {
        Tensor h0 = GradCheck.uniform(new Random(6), -1, 1, 2, 2, 3, 3).asVariable();
        double[] direct = inputGradient(h0, new BlockSolver("dopri5", 1e-8, 1e-8, 1.0, false));
        double[] adjoint = inputGradient(h0, new BlockSolver("dopri5", 1e-8, 1e-8, 1.0, true));
        double difference = 0;
        double size = 0;
        for (int k = 0; k < direct.length; k++) {
            difference += (adjoint[k] - direct[k]) * (adjoint[k] - direct[k]);
            size += adjoint[k] * adjoint[k];
        }
        double relative = Math.sqrt(difference / size);
        System.out.println("ODE block, adjoint against backpropagation through dopri5 at 1e-8: relative difference " + relative);
        assertTrue(relative < 0.02, "relative difference " + relative);
    }

    private static double[] inputGradient(Tensor h0, BlockSolver solver) {
        OdeBlock block = new OdeBlock(new OdeFunc(2, DType.FLOAT64, new SplittableRandom(3)), solver);
        Tensor loss = block.forward(h0).square().sum();
        double[] g = Grad.grad(List.of(loss), List.of(h0), null, false, false).get(0).toDoubleArray();
        assertNotNull(block.lastSolve());
        return g;
    }
}

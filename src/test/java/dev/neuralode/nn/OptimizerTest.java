package dev.neuralode.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Optimizer steps on hand-sized cases. Expected values come from the papers' and PyTorch's formulas
 * written out here on plain doubles (and, for the first steps, worked out by hand in comments).
 */
class OptimizerTest {

    private static final double[] START = {1.0, -2.0};
    private static final double[][] GRADS = {{0.5, 1.0}, {-0.3, 2.0}, {0.2, -1.0}};

    private static Parameter parameter() {
        return new Parameter(Tensor.fromValues(START.clone(), DType.FLOAT64, START.length));
    }

    /** Gives {@code p} the gradient {@code g} the way training does: backward of {@code sum(p * g)}. */
    private static void backward(Parameter p, double[] g) {
        p.zeroGrad();
        p.tensor().mul(Tensor.fromValues(g, DType.FLOAT64, g.length)).sum().backward();
    }

    /** Runs the optimizer over GRADS and returns the values after each step. */
    private static double[][] run(Function<Map<String, Parameter>, Optimizer> make) {
        Parameter p = parameter();
        Optimizer opt = make.apply(Map.of("p", p));
        double[][] trace = new double[GRADS.length][];
        for (int s = 0; s < GRADS.length; s++) {
            backward(p, GRADS[s]);
            opt.step();
            trace[s] = p.value().toDoubleArray();
        }
        return trace;
    }

    private static void assertTrace(double[][] expected, double[][] actual) {
        for (int s = 0; s < expected.length; s++) {
            assertArrayEquals(expected[s], actual[s], 1e-12, "step " + (s + 1));
        }
    }

    /** The SGD formula of PyTorch's docs, on doubles, one element at a time. */
    private static double[][] sgdReference(double lr, double momentum, double dampening, double wd, boolean nesterov) {
        double[][] out = new double[GRADS.length][2];
        for (int i = 0; i < 2; i++) {
            double p = START[i];
            double b = 0;
            for (int s = 0; s < GRADS.length; s++) {
                double g = GRADS[s][i] + wd * p;
                if (momentum != 0) {
                    b = s == 0 ? g : momentum * b + (1 - dampening) * g;
                    g = nesterov ? g + momentum * b : b;
                }
                p -= lr * g;
                out[s][i] = p;
            }
        }
        return out;
    }

    @Test
    void sgdPlainByHand() {
        // p = [1, -2] - 0.1 [0.5, 1] = [0.95, -2.1]; then - 0.1 [-0.3, 2] = [0.98, -2.3].
        double[][] trace = run(ps -> new SGD(ps, 0.1));
        assertArrayEquals(new double[] {0.95, -2.1}, trace[0], 1e-15);
        assertArrayEquals(new double[] {0.98, -2.3}, trace[1], 1e-15);
        assertTrace(sgdReference(0.1, 0, 0, 0, false), trace);
    }

    @Test
    void sgdMomentumByHand() {
        // Element 0, lr 0.1, momentum 0.9: b1 = 0.5, p = 0.95; b2 = 0.45 - 0.3 = 0.15, p = 0.935.
        double[][] trace = run(ps -> new SGD(ps, 0.1, 0.9, 0, 0, false));
        assertEquals(0.95, trace[0][0], 1e-15);
        assertEquals(0.935, trace[1][0], 1e-15);
        assertTrace(sgdReference(0.1, 0.9, 0, 0, false), trace);
        assertTrace(sgdReference(0.1, 0.9, 0.3, 0, false), run(ps -> new SGD(ps, 0.1, 0.9, 0.3, 0, false)));
    }

    @Test
    void sgdNesterovByHand() {
        // Element 0: b1 = 0.5, step g + 0.9 b = 0.95, p = 0.905; b2 = 0.15, step -0.3 + 0.135 = -0.165, p = 0.9215.
        double[][] trace = run(ps -> new SGD(ps, 0.1, 0.9, 0, 0, true));
        assertEquals(0.905, trace[0][0], 1e-15);
        assertEquals(0.9215, trace[1][0], 1e-15);
        assertTrace(sgdReference(0.1, 0.9, 0, 0, true), trace);
    }

    @Test
    void sgdWeightDecayByHand() {
        // Element 1, wd 0.5: g = 1 + 0.5 (-2) = 0, so p stays -2 after step 1; then g = 2 - 1 = 1, p = -2.1.
        double[][] trace = run(ps -> new SGD(ps, 0.1, 0, 0, 0.5, false));
        assertEquals(-2.0, trace[0][1], 1e-15);
        assertEquals(-2.1, trace[1][1], 1e-15);
        assertTrace(sgdReference(0.1, 0, 0, 0.5, false), trace);
        assertTrace(sgdReference(0.05, 0.8, 0, 0.1, true), run(ps -> new SGD(ps, 0.05, 0.8, 0, 0.1, true)));
    }

    /** Adam (Kingma and Ba, Algorithm 1) with PyTorch's bias correction; L2 or decoupled decay. */
    private static double[][] adamReference(double lr, double b1, double b2, double eps, double wd, boolean decoupled) {
        double[][] out = new double[GRADS.length][2];
        for (int i = 0; i < 2; i++) {
            double p = START[i];
            double m = 0;
            double v = 0;
            for (int s = 0; s < GRADS.length; s++) {
                int t = s + 1;
                double g = GRADS[s][i];
                if (decoupled) {
                    p *= 1 - lr * wd;
                } else {
                    g += wd * p;
                }
                m = b1 * m + (1 - b1) * g;
                v = b2 * v + (1 - b2) * g * g;
                double mHat = m / (1 - Math.pow(b1, t));
                double vHat = v / (1 - Math.pow(b2, t));
                p -= lr * mHat / (Math.sqrt(vHat) + eps);
                out[s][i] = p;
            }
        }
        return out;
    }

    @Test
    void adamByHand() {
        // Step 1: mHat = g and vHat = g^2, so every element moves by lr * sign(g) (eps aside): [0.9, -2.1].
        double[][] trace = run(ps -> new Adam(ps, 0.1));
        assertArrayEquals(new double[] {0.9, -2.1}, trace[0], 1e-8);
        assertTrace(adamReference(0.1, 0.9, 0.999, 1e-8, 0, false), trace);
        assertTrace(adamReference(0.01, 0.8, 0.99, 1e-3, 0.2, false), run(ps -> new Adam(ps, 0.01, 0.8, 0.99, 1e-3, 0.2)));
    }

    @Test
    void adamWDecouplesWeightDecay() {
        // Step 1: p (1 - lr wd) = 0.99 and -1.98, then lr * sign(g): [0.89, -2.08].
        double[][] trace = run(ps -> new AdamW(ps, 0.1, 0.9, 0.999, 1e-8, 0.1));
        assertArrayEquals(new double[] {0.89, -2.08}, trace[0], 1e-8);
        assertTrace(adamReference(0.1, 0.9, 0.999, 1e-8, 0.1, true), trace);
        assertTrace(adamReference(0.001, 0.9, 0.999, 1e-8, 0.01, true), run(ps -> new AdamW(ps, 0.001)));
    }

    /**
     * Float32 parameters take the host path (Java arrays, moments read and written in bulk); it
     * follows the same formula, and its moments are the exported state that a new optimizer resumes.
     */
    @Test
    void float32AdamOnTheHostPathFollowsTheFormulaAndResumesFromItsState() {
        Parameter p = new Parameter(Tensor.fromValues(START.clone(), DType.FLOAT32, START.length));
        Adam a = new Adam(Map.of("p", p), 0.01, 0.8, 0.99, 1e-3, 0.2);
        double[][] reference = adamReference(0.01, 0.8, 0.99, 1e-3, 0.2, false);
        for (int s = 0; s < 2; s++) {
            floatBackward(p, GRADS[s]);
            a.step();
            assertArrayEquals(reference[s], p.tensor().toDoubleArray(), 1e-6, "step " + (s + 1));
        }
        OptimizerState saved = a.state();
        // Element 1 after two coupled-decay steps: g1 = 1 + 0.2 (-2) = 0.6, so m = 0.8 * 0.2 * 0.6 + 0.2 * g2.
        double pAfter1 = reference[0][1];
        double g2 = 2.0 + 0.2 * pAfter1;
        assertEquals(0.8 * 0.2 * 0.6 + 0.2 * g2, saved.arrays().get("p.exp_avg").toDoubleArray()[1], 1e-6);

        Parameter q = new Parameter(Tensor.fromFloats(p.tensor().toFloatArray(), p.shape()));
        Adam b = new Adam(Map.of("q", q), 0.01, 0.8, 0.99, 1e-3, 0.2);
        b.loadState(new OptimizerState(saved.step(), Map.of("q.exp_avg", saved.arrays().get("p.exp_avg"),
                "q.exp_avg_sq", saved.arrays().get("p.exp_avg_sq"))));
        floatBackward(q, GRADS[2]);
        b.step();
        assertArrayEquals(reference[2], q.tensor().toDoubleArray(), 1e-6);

        Parameter w = new Parameter(Tensor.fromValues(START.clone(), DType.FLOAT32, START.length));
        AdamW decoupled = new AdamW(Map.of("w", w), 0.1, 0.9, 0.999, 1e-8, 0.1);
        double[][] decoupledReference = adamReference(0.1, 0.9, 0.999, 1e-8, 0.1, true);
        for (double[] g : GRADS) {
            floatBackward(w, g);
            decoupled.step();
        }
        assertArrayEquals(decoupledReference[2], w.tensor().toDoubleArray(), 1e-6);
    }

    private static void floatBackward(Parameter p, double[] g) {
        p.zeroGrad();
        p.tensor().mul(Tensor.fromValues(g, DType.FLOAT32, g.length)).sum().backward();
    }

    /** PyTorch's RMSprop. */
    private static double[][] rmspropReference(double lr, double alpha, double eps, double wd, double momentum, boolean centered) {
        double[][] out = new double[GRADS.length][2];
        for (int i = 0; i < 2; i++) {
            double p = START[i];
            double v = 0;
            double a = 0;
            double b = 0;
            for (int s = 0; s < GRADS.length; s++) {
                double g = GRADS[s][i] + wd * p;
                v = alpha * v + (1 - alpha) * g * g;
                double d;
                if (centered) {
                    a = alpha * a + (1 - alpha) * g;
                    d = Math.sqrt(v - a * a) + eps;
                } else {
                    d = Math.sqrt(v) + eps;
                }
                if (momentum > 0) {
                    b = momentum * b + g / d;
                    p -= lr * b;
                } else {
                    p -= lr * g / d;
                }
                out[s][i] = p;
            }
        }
        return out;
    }

    @Test
    void rmspropByHand() {
        // Element 1, alpha 0.9, lr 0.01, eps 0: v = 0.1 * 1 = 0.1, p = -2 - 0.01 / sqrt(0.1).
        double[][] trace = run(ps -> new RMSprop(ps, 0.01, 0.9, 0, 0, 0, false));
        assertEquals(-2 - 0.01 / Math.sqrt(0.1), trace[0][1], 1e-15);
        assertTrace(rmspropReference(0.01, 0.9, 0, 0, 0, false), trace);
        assertTrace(rmspropReference(0.01, 0.99, 1e-8, 0, 0, false), run(ps -> new RMSprop(ps, 0.01)));
    }

    @Test
    void rmspropCenteredAndMomentum() {
        // Centered, element 1: v = 0.1, a = 0.1, sqrt(0.1 - 0.01) = 0.3, p = -2 - 0.01 / 0.3.
        double[][] centered = run(ps -> new RMSprop(ps, 0.01, 0.9, 0, 0, 0, true));
        assertEquals(-2 - 0.01 / 0.3, centered[0][1], 1e-14);
        assertTrace(rmspropReference(0.01, 0.9, 0, 0, 0, true), centered);
        assertTrace(rmspropReference(0.02, 0.9, 1e-6, 0.1, 0.5, false), run(ps -> new RMSprop(ps, 0.02, 0.9, 1e-6, 0.1, 0.5, false)));
        assertTrace(rmspropReference(0.02, 0.8, 1e-6, 0, 0.7, true), run(ps -> new RMSprop(ps, 0.02, 0.8, 1e-6, 0, 0.7, true)));
    }

    @Test
    void stateExportsAndImportsMidway() {
        Parameter p = parameter();
        Adam a = new Adam(Map.of("p", p), 0.1);
        backward(p, GRADS[0]);
        a.step();
        backward(p, GRADS[1]);
        a.step();
        OptimizerState saved = a.state();
        assertEquals(2, saved.step());
        assertEquals(List.of("p.exp_avg", "p.exp_avg_sq"), List.copyOf(saved.arrays().keySet()));
        // Element 0 after two steps: m = 0.9 * 0.05 + 0.1 * (-0.3) = 0.015.
        assertEquals(0.015, saved.arrays().get("p.exp_avg").toDoubleArray()[0], 1e-15);

        Parameter q = new Parameter(p.value());
        Adam b = new Adam(Map.of("p", q), 0.1);
        b.loadState(saved);
        backward(p, GRADS[2]);
        a.step();
        backward(q, GRADS[2]);
        b.step();
        assertArrayEquals(adamReference(0.1, 0.9, 0.999, 1e-8, 0, false)[2], q.value().toDoubleArray(), 1e-12);
        assertArrayEquals(p.value().toDoubleArray(), q.value().toDoubleArray(), 0);
        assertEquals(0.015, saved.arrays().get("p.exp_avg").toDoubleArray()[0], 1e-15, "the exported state is a copy");
    }

    @Test
    void importRejectsUnknownKeysAndWrongShapes() {
        SGD sgd = new SGD(Map.of("w", parameter()), 0.1, 0.9, 0, 0, false);
        var key = assertThrows(IllegalArgumentException.class,
                () -> sgd.loadState(new OptimizerState(1, Map.of("v.momentum_buffer", Tensor.zeros(DType.FLOAT64, 2)))));
        assertTrue(key.getMessage().contains("'v.momentum_buffer'"), key.getMessage());
        var shape = assertThrows(IllegalArgumentException.class,
                () -> sgd.loadState(new OptimizerState(1, Map.of("w.momentum_buffer", Tensor.zeros(DType.FLOAT64, 3)))));
        assertTrue(shape.getMessage().contains("expected shape [2] but got [3]"), shape.getMessage());
    }

    @Test
    void parametersWithoutGradientsAreLeftAlone() {
        Parameter used = parameter();
        Parameter unused = parameter();
        Map<String, Parameter> ps = new LinkedHashMap<>();
        ps.put("used", used);
        ps.put("unused", unused);
        SGD sgd = new SGD(ps, 0.1);
        backward(used, GRADS[0]);
        sgd.step();
        assertArrayEquals(START, unused.value().toDoubleArray(), 0);
        assertArrayEquals(new double[] {0.95, -2.1}, used.value().toDoubleArray(), 1e-15);
        sgd.zeroGrad();
        assertNull(used.grad());
    }

    @Test
    void rejectsBadHyperparameters() {
        Map<String, Parameter> ps = Map.of("p", parameter());
        var lr = assertThrows(IllegalArgumentException.class, () -> new Adam(ps, -1));
        assertTrue(lr.getMessage().contains("-1"), lr.getMessage());
        var beta = assertThrows(IllegalArgumentException.class, () -> new Adam(ps, 0.1, 1.0, 0.999, 1e-8, 0));
        assertTrue(beta.getMessage().contains("beta1"), beta.getMessage());
        var nesterov = assertThrows(IllegalArgumentException.class, () -> new SGD(ps, 0.1, 0, 0, 0, true));
        assertTrue(nesterov.getMessage().contains("Nesterov"), nesterov.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RMSprop(ps, 0.1, 1.5, 1e-8, 0, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new SGD(Map.of(), 0.1));
    }
}

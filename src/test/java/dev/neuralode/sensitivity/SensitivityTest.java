package dev.neuralode.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Grad;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three sensitivity methods against each other, against closed forms and against finite
 * differences, at rtol 1e-9 and atol 1e-12 in float64, with gradients for y0, theta and the times.
 */
class SensitivityTest {

    private static final DType F64 = DType.FLOAT64;
    private static final Odeint TIGHT = Odeint.with("dopri5").tolerances(1e-9, 1e-12);

    private static Tensor vector(double... v) {
        return Tensor.fromValues(v, F64, v.length);
    }

    private static Tensor matrix(int rows, double... v) {
        return Tensor.fromValues(v, F64, rows, v.length / rows);
    }

    /** A test problem: parameters, dynamics built from them, y0, and the loss on the solution. */
    private record Problem(String name, double[][] params, long[][] shapes,
                           Function<List<Tensor>, ParametricDynamics> dynamics, double[] y0, long[] y0Shape,
                           double[] times, Function<GradientSolution, Tensor> loss) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Results: loss, dL/dy0, dL/dtheta_k, dL/dtimes (null for direct). */
    private static List<double[]> gradients(Problem p, Sensitivity s, Odeint solver) {
        List<Tensor> theta = new ArrayList<>();
        for (int k = 0; k < p.params().length; k++) {
            theta.add(Tensor.fromValues(p.params()[k], F64, p.shapes()[k]).asVariable());
        }
        Tensor y0 = Tensor.fromValues(p.y0(), F64, p.y0Shape()).asVariable();
        Tensor times = s instanceof Sensitivity.Direct ? null : vector(p.times()).asVariable();
        GradientSolution sol = OdeSolve.solve(solver, s, p.dynamics().apply(theta), State.of(y0), TimeGrid.of(p.times()), times);
        Tensor loss = p.loss().apply(sol);
        List<Tensor> inputs = new ArrayList<>();
        inputs.add(y0);
        inputs.addAll(theta);
        if (times != null) {
            inputs.add(times);
        }
        List<Tensor> g = Grad.grad(List.of(loss), inputs, null, false, true);
        List<double[]> out = new ArrayList<>();
        out.add(new double[] {loss.item()});
        for (Tensor t : g) {
            out.add(t == null ? null : t.toDoubleArray());
        }
        return out;
    }

    /** y' = k y on [0, 1.5]: y(T) = y0 exp(kT). Loss y(T)^2. */
    private static Problem exponential() {
        return new Problem("exponential growth", new double[][] {{0.8}}, new long[][] {{1}},
                th -> ParametricDynamics.of((t, y) -> State.of(y.single().mul(th.get(0))), th),
                new double[] {0.5, -1.2}, new long[] {2}, new double[] {0, 1.5},
                s -> s.tensor(1).square().sum());
    }

    /** y' = A y, a damped rotation, with a loss on three output times (jumps in the adjoint). */
    private static Problem linearSystem() {
        return new Problem("linear system", new double[][] {{-0.1, 2.0, -2.0, -0.1}}, new long[][] {{2, 2}},
                th -> ParametricDynamics.of((t, y) -> State.of(y.single().matmulNT(th.get(0))), th),
                new double[] {2.0, 0.0, 1.0, 0.5}, new long[] {2, 2}, new double[] {0, 0.7, 1.3, 2.0},
                s -> s.tensor(1).sum().add(s.tensor(2).square().sum().mul(0.5)).add(s.tensor(3).pow(3.0).sum()));
    }

    /** The ode_demo spiral y' = (y^3) A, nonlinear, with a parameter the dynamics never read. */
    private static Problem spiral() {
        return new Problem("nonlinear spiral", new double[][] {{-0.1, 2.0, -2.0, -0.1}, {3.0}}, new long[][] {{2, 2}, {1}},
                th -> ParametricDynamics.of((t, y) -> State.of(y.single().pow(3.0).matmul(th.get(0))), th),
                new double[] {2.0, 0.0}, new long[] {1, 2}, new double[] {0, 0.5, 1.0},
                s -> s.stacked(0).square().sum());
    }

    /** y' = sin(t) y: time-dependent, so the time gradients are not trivial. */
    private static Problem sine() {
        return new Problem("sine", new double[][] {{1.3}}, new long[][] {{1}},
                th -> ParametricDynamics.of((t, y) -> State.of(y.single().mul(th.get(0)).mul(Math.sin(t))), th),
                new double[] {1.0, 2.0}, new long[] {2}, new double[] {0.2, 1.0, 2.5},
                s -> s.tensor(1).sum().add(s.tensor(2).square().sum()));
    }

    static Stream<Arguments> problems() {
        return Stream.of(exponential(), linearSystem(), spiral(), sine()).map(Arguments::of);
    }

    private static void assertClose(String what, double[] expected, double[] actual, double rtol) {
        assertEquals(expected.length, actual.length, what);
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], rtol * Math.max(scale, 1e-12), what + " element " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void adjointAndCheckpointedAdjointAgreeWithDirectBackprop(Problem p) {
        List<double[]> direct = gradients(p, Sensitivity.direct(), TIGHT);
        for (Sensitivity s : List.of(Sensitivity.adjoint(), Sensitivity.checkpointedAtSteps(), Sensitivity.checkpointed(3))) {
            List<double[]> other = gradients(p, s, TIGHT);
            for (int k = 1; k < direct.size(); k++) {
                double[] expected = direct.get(k) != null ? direct.get(k) : new double[other.get(k).length];
                assertClose(p + " " + s + " input " + k, expected, other.get(k), 1e-6);
            }
        }
    }

    /** Central differences of the loss with respect to y0, theta and the output times. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void adjointGradientsMatchFiniteDifferences(Problem p) {
        List<double[]> adjoint = gradients(p, Sensitivity.adjoint(), TIGHT);
        double h = 1e-5;
        List<double[]> inputs = new ArrayList<>();
        inputs.add(p.y0());
        inputs.addAll(List.of(p.params()));
        inputs.add(p.times());
        for (int k = 0; k < inputs.size(); k++) {
            double[] numeric = new double[inputs.get(k).length];
            for (int i = 0; i < numeric.length; i++) {
                numeric[i] = (lossWith(p, k, i, h) - lossWith(p, k, i, -h)) / (2 * h);
            }
            assertClose(p + " finite differences, input " + k, numeric, adjoint.get(k + 1), 1e-5);
        }
    }

    private static double lossWith(Problem p, int input, int element, double delta) {
        double[] y0 = p.y0().clone();
        double[][] params = new double[p.params().length][];
        for (int k = 0; k < params.length; k++) {
            params[k] = p.params()[k].clone();
        }
        double[] times = p.times().clone();
        double[] target = input == 0 ? y0 : input <= params.length ? params[input - 1] : times;
        target[element] += delta;
        List<Tensor> theta = new ArrayList<>();
        for (int k = 0; k < params.length; k++) {
            theta.add(Tensor.fromValues(params[k], F64, p.shapes()[k]));
        }
        try (var off = dev.neuralode.autodiff.GradMode.disabled()) {
            GradientSolution sol = OdeSolve.solve(TIGHT, Sensitivity.direct(), p.dynamics().apply(theta),
                    State.of(Tensor.fromValues(y0, F64, p.y0Shape())), TimeGrid.of(times));
            return p.loss().apply(sol).item();
        }
    }

    @Test
    void exponentialGrowthGradientsEqualTheirClosedForms() {
        List<double[]> g = gradients(exponential(), Sensitivity.adjoint(), TIGHT);
        double k = 0.8;
        double t = 1.5;
        double e = Math.exp(2 * k * t);
        double sumY0Sq = 0.5 * 0.5 + 1.2 * 1.2;
        assertClose("dL/dy0", new double[] {2 * 0.5 * e, -2 * 1.2 * e}, g.get(1), 1e-8);
        assertClose("dL/dk", new double[] {2 * t * sumY0Sq * e}, g.get(2), 1e-8);
        assertClose("dL/dt", new double[] {-2 * k * sumY0Sq * e, 2 * k * sumY0Sq * e}, g.get(3), 1e-8);
    }

    @Test
    void parametersTheDynamicsNeverReadGetZeroGradients() {
        for (Sensitivity s : List.of(Sensitivity.adjoint(), Sensitivity.checkpointed(2))) {
            double[] unused = gradients(spiral(), s, TIGHT).get(3);
            assertEquals(0.0, unused[0], 0.0, s.toString());
        }
    }

    @Test
    void tupleStatesWithATraceNeedingSecondOrderAutodiffWork() {
        // (z, logp) with dz/dt = tanh(z W), dlogp/dt = -tr(d f/dz) from vector-Jacobian products.
        Function<List<Tensor>, ParametricDynamics> cnf = th -> ParametricDynamics.of((t, y) -> {
            Tensor z = y.part(0);
            Tensor zv = z.requiresGrad() ? z : z.asVariable();
            Tensor f;
            Tensor trace = null;
            try (var g = dev.neuralode.autodiff.GradMode.enabled()) {
                f = zv.matmul(th.get(0)).tanh();
                for (int k = 0; k < 2; k++) {
                    Tensor e = Tensor.fromValues(k == 0 ? new double[] {1, 0, 1, 0} : new double[] {0, 1, 0, 1}, F64, 2, 2);
                    Tensor col = Grad.grad(List.of(f), List.of(zv), List.of(e), true, false).get(0).select(1, k);
                    trace = trace == null ? col : trace.add(col);
                }
            }
            return State.of(f, trace.neg());
        }, th);
        List<Tensor> results = new ArrayList<>();
        for (Sensitivity s : List.of(Sensitivity.direct(), Sensitivity.adjoint())) {
            Tensor w = matrix(2, 0.5, -1.0, 1.2, 0.3).asVariable();
            Tensor z0 = matrix(2, 0.3, -0.4, 1.0, 0.2).asVariable();
            GradientSolution sol = OdeSolve.solve(TIGHT, s, cnf.apply(List.of(w)), State.of(z0, Tensor.zeros(F64, 2, 1)),
                    TimeGrid.of(0, 1));
            Tensor loss = sol.state(1).part(0).square().sum().add(sol.state(1).part(1).sum());
            results.addAll(Grad.grad(List.of(loss), List.of(w, z0), null, false, false));
        }
        assertClose("dL/dW", results.get(0).toDoubleArray(), results.get(2).toDoubleArray(), 1e-6);
        assertClose("dL/dz0", results.get(1).toDoubleArray(), results.get(3).toDoubleArray(), 1e-6);
    }

    @Test
    void checkpointsBoundTheReconstructionErrorOfAContractingSystem() {
        // y' = -6 y contracts forwards, so solving it backwards amplifies every error by e^6 per unit time.
        Problem p = new Problem("contracting", new double[][] {{-6.0}}, new long[][] {{1}},
                th -> ParametricDynamics.of((t, y) -> State.of(y.single().mul(th.get(0))), th),
                new double[] {1.0, -2.0}, new long[] {2}, new double[] {0, 3.0}, s -> s.tensor(1).sum());
        Odeint loose = Odeint.with("dopri5").tolerances(1e-4, 1e-6);
        double plain = reconstruction(p, Sensitivity.adjoint(), loose);
        double checkpointed = reconstruction(p, Sensitivity.checkpointed(10), loose);
        assertTrue(plain > 1e-3, "the plain adjoint's reconstruction error should be visible, was " + plain);
        assertTrue(checkpointed < plain / 100, "checkpointed " + checkpointed + " against plain " + plain);
    }

    private static double reconstruction(Problem p, Sensitivity s, Odeint solver) {
        List<Tensor> theta = List.of(vector(p.params()[0]).asVariable());
        Tensor y0 = vector(p.y0()).asVariable();
        GradientSolution sol = OdeSolve.solve(solver, s, p.dynamics().apply(theta), State.of(y0), TimeGrid.of(p.times()));
        Grad.grad(List.of(p.loss().apply(sol)), List.of(y0), null, false, false);
        assertTrue(sol.backwardStats().done());
        assertTrue(sol.backwardStats().nfe() > 0);
        return sol.backwardStats().relativeReconstructionError();
    }

    @Test
    void secondOrderThroughTheAdjointIsRefusedWithTheFix() {
        Tensor k = vector(0.5).asVariable();
        GradientSolution sol = OdeSolve.solve(TIGHT, Sensitivity.adjoint(),
                ParametricDynamics.of((t, y) -> State.of(y.single().mul(k)), List.of(k)), State.of(vector(1.0)), TimeGrid.of(0, 1));
        Tensor loss = sol.tensor(1).sum();
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> Grad.grad(List.of(loss), List.of(k), null, true, false));
        assertTrue(e.getMessage().contains("Sensitivity.direct()"), e.getMessage());
    }
}

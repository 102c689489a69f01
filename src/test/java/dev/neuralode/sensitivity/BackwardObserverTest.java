package dev.neuralode.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.ode.Odeint;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The backward observer of {@link OdeSolve}: on {@code dz/dt = -k z} with k = 20 the adjoint's
 * backward reconstruction of z drifts further from {@code exp(-k t) z0} the further back it goes
 * (the forward error at T, about atol, grows like {@code exp(k (T - t))}), and the checkpointed
 * adjoint's, restarted at every forward step, does not.
 */
class BackwardObserverTest {

    private static final double K = 20;
    private static final Odeint SOLVER = Odeint.with("dopri5").tolerances(1e-6, 1e-8);

    /** (t, |z_backward(t) - exp(-k t)|, the augmented state's part count) after each accepted backward step. */
    private static List<double[]> observe(Sensitivity s) {
        Tensor k = Tensor.fromValues(new double[] {K}, DType.FLOAT64, 1).asVariable();
        Tensor z0 = Tensor.fromValues(new double[] {1}, DType.FLOAT64, 1).asVariable();
        ParametricDynamics f = ParametricDynamics.of((t, y) -> State.of(y.single().mul(k).neg()), List.of(k));
        List<double[]> seen = new ArrayList<>();
        GradientSolution sol = OdeSolve.solve(SOLVER, s, f, State.of(z0), TimeGrid.of(0, 1), null, (step, aug) -> {
            double t = step.t() + step.dt();
            if (step.accepted() && t >= 0) {
                seen.add(new double[] {t, Math.abs(aug.part(0).item() - Math.exp(-K * t)), aug.size()});
            }
        });
        sol.tensor(1).square().sum().backward();
        assertTrue(sol.backwardStats().done());
        return seen;
    }

    @Test
    void theAdjointsReconstructionDriftsFurtherBackwardsAndTheCheckpointedOneDoesNot() {
        List<double[]> adjoint = observe(Sensitivity.adjoint());
        assertTrue(adjoint.size() > 5, "backward steps " + adjoint.size());
        // z, its adjoint a, and dL/dk: three parts, z first.
        assertEquals(3, adjoint.get(0)[2]);
        double[] first = adjoint.get(0);
        double[] last = adjoint.get(adjoint.size() - 1);
        assertTrue(first[0] > last[0], "the backward solve runs from T towards 0");
        assertTrue(last[1] > 1e3 * first[1] && last[1] > 1e-3, "error near T " + first[1] + ", near 0 " + last[1]);
        int growing = 0;
        for (int i = 1; i < adjoint.size(); i++) {
            growing += adjoint.get(i)[1] >= adjoint.get(i - 1)[1] ? 1 : 0;
        }
        assertTrue(growing >= 0.8 * (adjoint.size() - 1), growing + " of " + (adjoint.size() - 1) + " steps grew the error");

        double worst = observe(Sensitivity.checkpointedAtSteps()).stream().mapToDouble(e -> e[1]).max().orElseThrow();
        assertTrue(worst < 1e-6 && worst * 1e3 < last[1], "checkpointed reconstruction error " + worst);
    }

    @Test
    void directBackpropagationRefusesAnObserver() {
        Tensor z0 = Tensor.fromValues(new double[] {1}, DType.FLOAT64, 1).asVariable();
        ParametricDynamics f = ParametricDynamics.of((t, y) -> State.of(y.single().neg()), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OdeSolve.solve(SOLVER,
                Sensitivity.direct(), f, State.of(z0), TimeGrid.of(0, 1), null, (step, state) -> { }));
        assertTrue(e.getMessage().contains("no backward solve"), e.getMessage());
    }
}

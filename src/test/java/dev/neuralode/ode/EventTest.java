package dev.neuralode.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import org.junit.jupiter.api.Test;

/** Events located on the dense output: terminal and not, by direction, in both time directions. */
class EventTest {

    private static final double G = 9.81;

    /** A falling ball (height, velocity). */
    private static Tensor ball(double t, Tensor y) {
        return Tensor.concat(1, y.slice(1, 1, 2), Tensor.full(-G, y.dtype(), 1, 1));
    }

    private static double height(double t, State y) {
        return y.single().toDoubleArray()[0];
    }

    @Test
    void bouncingBallFirstContactTimeTo1e8() {
        double h0 = 10;
        Solution s = Odeint.with(Methods.DOPRI5).tolerances(1e-6, 1e-6)
                .events(Event.when(EventTest::height).falling().asTerminal())
                .solve(Dynamics.of(EventTest::ball), State.of(Tensor.fromRows(new double[][] {{h0, 0}}, DType.FLOAT64)),
                        TimeGrid.of(0, 0.5, 1.0, 5.0));
        double contact = Math.sqrt(2 * h0 / G);
        assertTrue(s.terminated());
        assertEquals(1, s.events().size());
        EventOccurrence e = s.events().get(0);
        assertEquals(contact, e.time(), 1e-8);
        double[] y = e.state().single().toDoubleArray();
        assertEquals(0, y[0], 1e-7);
        assertEquals(-G * contact, y[1], 1e-7);
        // Outputs after the contact are not produced.
        assertEquals(3, s.size());
        assertEquals(h0 - G / 2, s.tensor(2).toDoubleArray()[0], 1e-9);
    }

    @Test
    void nonTerminalEventsAreAllFoundAndFilteredByDirection() {
        TensorDynamics cosine = (t, y) -> Tensor.full(Math.cos(t), y.dtype(), y.shape());
        Tensor y0 = Tensor.zeros(DType.FLOAT64, 1, 1);
        EventFunction value = (t, y) -> y.single().toDoubleArray()[0];
        Solution s = Odeint.with(Methods.TSIT5).tolerances(1e-9, 1e-9)
                .events(Event.when(value).withTolerance(1e-10), Event.when(value).rising())
                .solve(Dynamics.of(cosine), State.of(y0), TimeGrid.of(0, 7));
        assertFalse(s.terminated());
        assertEquals(2, s.size());
        // sin t crosses zero at pi (falling) and 2 pi (rising); the rising-only event sees the second.
        assertEquals(3, s.events().size());
        assertEquals(Math.PI, s.events().get(0).time(), 1e-8);
        assertEquals(0, s.events().get(0).index());
        assertEquals(2 * Math.PI, s.events().get(1).time(), 1e-8);
        assertEquals(2 * Math.PI, s.events().get(2).time(), 1e-8);
    }

    @Test
    void eventsWorkBackwardInTime() {
        TensorDynamics cosine = (t, y) -> Tensor.full(Math.cos(t), y.dtype(), y.shape());
        Tensor y0 = Tensor.full(Math.sin(5.0), DType.FLOAT64, 1, 1);
        Solution s = Odeint.with(Methods.DOPRI5).tolerances(1e-9, 1e-9)
                .events(Event.when((t, y) -> y.single().toDoubleArray()[0]).asTerminal())
                .solve(Dynamics.of(cosine), State.of(y0), TimeGrid.of(5, 0));
        assertTrue(s.terminated());
        assertEquals(Math.PI, s.events().get(0).time(), 1e-8);
        assertEquals(1, s.size());
    }

    @Test
    void eventsWorkWithFixedSteps() {
        double h0 = 10;
        Solution s = Odeint.with(Methods.RK4).controller(FixedStep.of(0.1).withInterpolation(FixedStep.Interpolation.DENSE))
                .events(Event.when(EventTest::height).asTerminal())
                .solve(Dynamics.of(EventTest::ball), State.of(Tensor.fromRows(new double[][] {{h0, 0}}, DType.FLOAT64)),
                        TimeGrid.of(0, 5));
        assertEquals(Math.sqrt(2 * h0 / G), s.events().get(0).time(), 1e-8);
    }
}

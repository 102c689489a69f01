package dev.neuralode.model.odenet;

import dev.neuralode.ode.FixedStep;
import dev.neuralode.ode.Methods;
import dev.neuralode.ode.Odeint;
import dev.neuralode.sensitivity.Sensitivity;

/**
 * How the ODE block is integrated over {@code [0, 1]}: any method of the engine, adaptive at
 * {@code rtol}/{@code atol} or fixed-step with {@code step}, gradients by backpropagation through
 * the solver or by the adjoint method.
 *
 * @param step the fixed step of a fixed-grid method (rk4, euler, ...); ignored by adaptive methods
 */
public record BlockSolver(String method, double rtol, double atol, double step, boolean adjoint) {

    public BlockSolver {
        if (!Methods.names().contains(method)) {
            throw new IllegalArgumentException("unknown method '" + method + "'; choose one of " + Methods.names());
        }
        if (!(rtol > 0 && rtol < 1) || !(atol > 0 && atol < 1)) {
            throw new IllegalArgumentException("--rtol and --atol must lie in (0, 1), such as 1e-3; were " + rtol + " and " + atol);
        }
        if (!(step > 0 && step <= 1)) {
            throw new IllegalArgumentException("the fixed step must lie in (0, 1], such as 0.25; was " + step);
        }
    }

    /** torchdiffeq's {@code odenet_mnist.py}: dopri5 at 1e-3, backpropagation through the solver. */
    public static BlockSolver odeNet() {
        return new BlockSolver("dopri5", 1e-3, 1e-3, 0.25, false);
    }

    /** The paper's RK-Net: four classical Runge-Kutta steps (16 evaluations), backpropagation through them. */
    public static BlockSolver rkNet() {
        return new BlockSolver("rk4", 1e-3, 1e-3, 0.25, false);
    }

    public BlockSolver withTolerances(double newRtol, double newAtol) {
        return new BlockSolver(method, newRtol, newAtol, step, adjoint);
    }

    Odeint odeint() {
        Odeint o = Odeint.with(method).tolerances(rtol, atol);
        return o.method().hasErrorEstimate() ? o : o.controller(FixedStep.of(step));
    }

    Sensitivity sensitivity() {
        return adjoint ? Sensitivity.adjoint() : Sensitivity.direct();
    }
}

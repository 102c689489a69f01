package dev.neuralode.model.odenet;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Layer;
import dev.neuralode.nn.Parameter;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import dev.neuralode.sensitivity.GradientSolution;
import dev.neuralode.sensitivity.OdeSolve;
import dev.neuralode.sensitivity.ParametricDynamics;
import java.util.random.RandomGenerator;

/**
 * The ODE block: {@code h(1) = h(0) + int_0^1 f(t, h(t)) dt} with {@link OdeFunc} as f, integrated by
 * its {@link BlockSolver}; the paper's replacement for a stack of residual blocks. The last solve is
 * kept, so that the forward NFE and, once a loss on it has been backpropagated, the backward NFE can
 * be read.
 */
final class OdeBlock extends Layer {

    private final OdeFunc f;
    private BlockSolver solver;
    private GradientSolution last;

    OdeBlock(int channels, BlockSolver solver, DType dtype, RandomGenerator rng) {
        this.f = registerModule("odefunc", new OdeFunc(channels, dtype, rng));
        this.solver = solver;
    }

    void setSolver(BlockSolver s) {
        solver = s;
    }

    BlockSolver solver() {
        return solver;
    }

    @Override
    public Tensor forward(Tensor h0) {
        return trajectory(h0, TimeGrid.of(0, 1)).tensor(1);
    }

    /** The hidden state {@code h(t)} at each of {@code times} (a grid in [0, 1] from 0), in one solve. */
    GradientSolution trajectory(Tensor h0, TimeGrid times) {
        ParametricDynamics dynamics = ParametricDynamics.of((t, y) -> State.of(f.derivative(t, y.single())),
                f.parameters().stream().map(Parameter::tensor).toList());
        last = OdeSolve.solve(solver.odeint(), solver.sensitivity(), dynamics, State.of(h0), times);
        return last;
    }

    /** The last solve, or null before the first. */
    GradientSolution lastSolve() {
        return last;
    }
}

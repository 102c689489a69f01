package dev.neuralode.model.odenet;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.nn.Layer;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.Parameter;
import dev.neuralode.ode.State;
import dev.neuralode.ode.TimeGrid;
import dev.neuralode.sensitivity.GradientSolution;
import dev.neuralode.sensitivity.OdeSolve;
import dev.neuralode.sensitivity.ParametricDynamics;

/**
 * The ODE block: {@code h(1) = h(0) + int_0^1 f(t, h(t)) dt} for a {@link BlockField} f, integrated
 * by its {@link BlockSolver}; the paper's replacement for a stack of residual blocks (Chen et al.
 * 2018, section 3). The field is registered as the child {@code odefunc}, torchdiffeq's name. The
 * last solve of {@link #forward} is kept, so that the forward NFE and, once a loss on it has been
 * backpropagated, the backward NFE can be read.
 */
public final class OdeBlock extends Layer {

    private final BlockField f;
    private final Module fModule;
    private BlockSolver solver;
    private GradientSolution last;

    public <F extends Module & BlockField> OdeBlock(F f, BlockSolver solver) {
        this.fModule = registerModule("odefunc", f);
        this.f = f;
        this.solver = solver;
    }

    /** Changes how the block is integrated from the next solve on (a tolerance sweep at test time). */
    public void setSolver(BlockSolver s) {
        solver = s;
    }

    public BlockSolver solver() {
        return solver;
    }

    @Override
    public Tensor forward(Tensor h0) {
        last = solve(h0, 0, 1);
        return last.tensor(1);
    }

    /**
     * The states at strictly increasing {@code times} from {@code h(times[0]) = h0}, connected to the
     * tape when gradients are on; not kept as {@link #lastSolve()} (a view's trajectories do not
     * change the NFE that training reports).
     */
    public GradientSolution solve(Tensor h0, double... times) {
        ParametricDynamics dynamics = ParametricDynamics.of((t, y) -> State.of(f.derivative(t, y.single())),
                fModule.parameters().stream().map(Parameter::tensor).toList());
        return OdeSolve.solve(solver.odeint(), solver.sensitivity(), dynamics, State.of(h0), TimeGrid.of(times));
    }

    /** The last solve of {@link #forward}, or null before the first. */
    public GradientSolution lastSolve() {
        return last;
    }
}

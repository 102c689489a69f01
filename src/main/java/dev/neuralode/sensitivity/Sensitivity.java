package dev.neuralode.sensitivity;

/**
 * How gradients flow through an ODE solve, chosen per solve.
 *
 * <ul>
 *   <li>{@link Direct}: the tape records the solver's own operations; exact for the discretisation,
 *       memory grows with the number of steps.</li>
 *   <li>{@link Adjoint}: the paper's Algorithm 1 (Chen et al., 2018, section 2): the augmented state
 *       {@code [z, a = dL/dz, dL/dtheta]} solved backwards; memory does not grow with the steps, but
 *       {@code z} is reconstructed backwards, which is inaccurate for dynamics that contract forwards.</li>
 *   <li>{@link CheckpointedAdjoint}: the adjoint, restarting {@code z} from states stored during the
 *       forward pass (at every accepted step or at K evenly spaced times), so reconstruction error
 *       cannot accumulate across segments; memory O(K).</li>
 * </ul>
 */
public sealed interface Sensitivity permits Sensitivity.Direct, Sensitivity.Adjoint, Sensitivity.CheckpointedAdjoint {

    static Direct direct() {
        return new Direct();
    }

    /** The backsolve adjoint with torchdiffeq's defaults: the forward method, tolerances and norm. */
    static Adjoint adjoint() {
        return new Adjoint(Double.NaN, Double.NaN, false);
    }

    /** The adjoint restarting from the state at every accepted forward step. */
    static CheckpointedAdjoint checkpointedAtSteps() {
        return new CheckpointedAdjoint(0, false);
    }

    /** The adjoint restarting from states stored at {@code k} evenly spaced times per output interval. */
    static CheckpointedAdjoint checkpointed(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("the number of checkpoints must be at least 1, was " + k
                    + "; use checkpointedAtSteps() to store every accepted step");
        }
        return new CheckpointedAdjoint(k, false);
    }

    /** Backpropagation through the solver's operations. */
    record Direct() implements Sensitivity {
    }

    /**
     * The backsolve adjoint.
     *
     * @param rtol the backward solve's relative tolerance, NaN for the forward one
     * @param atol the backward solve's absolute tolerance, NaN for the forward one
     * @param seminorm whether error control ignores the parameter-gradient part of the augmented state
     *     (Kidger, Chen, Lyons 2021, "Hey, that's not an ODE"): fewer backward steps, same accuracy of
     *     the state and adjoint
     */
    record Adjoint(double rtol, double atol, boolean seminorm) implements Sensitivity {

        public Adjoint withTolerances(double backwardRtol, double backwardAtol) {
            if (!(backwardRtol > 0) || !(backwardAtol > 0)) {
                throw new IllegalArgumentException("adjoint tolerances must be positive, were rtol " + backwardRtol
                        + " and atol " + backwardAtol);
            }
            return new Adjoint(backwardRtol, backwardAtol, seminorm);
        }

        public Adjoint withSeminorm() {
            return new Adjoint(rtol, atol, true);
        }
    }

    /**
     * The checkpointed adjoint.
     *
     * @param perInterval checkpoints per output interval, 0 for every accepted step
     */
    record CheckpointedAdjoint(int perInterval, boolean seminorm) implements Sensitivity {

        public CheckpointedAdjoint withSeminorm() {
            return new CheckpointedAdjoint(perInterval, true);
        }
    }
}

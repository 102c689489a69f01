package dev.neuralode.ui.density;

import dev.neuralode.train.DensityGrid;
import dev.neuralode.train.Trajectories;
import dev.neuralode.train.VectorField;

/**
 * One computed picture of the flow, immutable, handed from the view thread to the FX thread.
 *
 * @param iteration    the training iteration of the weights used
 * @param grid         log p at {@code request.s()}, or null when the computation failed
 * @param field        the velocity at s, or null when arrows are off
 * @param trajectories particles pushed from the base, or null when neither samples nor trajectories are shown
 * @param error        why the computation failed, else empty
 * @param millis       how long it took
 */
public record ViewFrame(FrameRequest request, long iteration, DensityGrid grid, VectorField field,
                        Trajectories trajectories, String error, double millis) {

    public double s() {
        return request.s();
    }
}

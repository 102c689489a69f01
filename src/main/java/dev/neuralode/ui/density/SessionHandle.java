package dev.neuralode.ui.density;

import dev.neuralode.data.PointSet;
import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.TrainingSession;
import dev.neuralode.train.ViewBounds;
import dev.neuralode.ui.common.TrainingHandle;

/**
 * A live session with what the views need to know about it, fixed when it starts: its generation
 * (how many sessions came before), the config it was created with, the data it learns (the custom
 * points, or a fixed sample of a preset) and the square region the views show. Only the engine
 * thread steps the session; view threads only {@link TrainingSession#freeze() freeze} it.
 */
public record SessionHandle(long generation, TrainingSession session, CnfExperiment config, PointSet data,
                            double[] bounds) implements TrainingHandle {

    static SessionHandle of(long generation, TrainingSession session) {
        return new SessionHandle(generation, session, session.config(), session.data(), ViewBounds.around(session.data()));
    }
}

package dev.neuralode.ui.common;

import dev.neuralode.train.StepTrace;
import dev.neuralode.train.TrainingSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a {@link MetricsHistory} into and out of a saved experiment, so that Open brings the loss
 * and NFE charts back: the rows as snapshots for the file ({@code train.MetricsCsv} writes them),
 * and a file's snapshots back into a history. Shared by every tab that saves its runs.
 */
public final class SavedMetrics {

    private SavedMetrics() {
    }

    /** Every row of {@code history} as a snapshot (without step traces, which are not kept). FX thread. */
    public static List<TrainingSnapshot> of(MetricsHistory history) {
        List<TrainingSnapshot> rows = new ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) {
            rows.add(new TrainingSnapshot((long) history.value(MetricsHistory.Column.ITERATION, i),
                    history.value(MetricsHistory.Column.LOSS, i), (int) history.value(MetricsHistory.Column.NFE_FORWARD, i),
                    (int) history.value(MetricsHistory.Column.NFE_BACKWARD, i), history.value(MetricsHistory.Column.SECONDS, i),
                    history.value(MetricsHistory.Column.ELAPSED, i), StepTrace.EMPTY, TrainingSnapshot.Status.RUNNING, ""));
        }
        return rows;
    }

    /** Appends saved rows to {@code history} (cleared before, when a session opens). FX thread. */
    public static void restore(MetricsHistory history, List<TrainingSnapshot> saved) {
        for (TrainingSnapshot s : saved) {
            history.add(s);
        }
    }
}

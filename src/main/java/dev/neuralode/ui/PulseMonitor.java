package dev.neuralode.ui;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A diagnostic of responsiveness: measures the gap between consecutive FX pulses while training
 * runs (an active timer keeps pulses coming at the display rate, about 16.7 ms apart, so anything
 * longer is time the FX thread could not draw). Shows the longest gap in the status bar and logs
 * it every {@value #LOG_EVERY_SECONDS} seconds of training.
 */
final class PulseMonitor {

    static final int LOG_EVERY_SECONDS = 30;
    private static final System.Logger LOG = System.getLogger(PulseMonitor.class.getName());

    private final StallTracker tracker = new StallTracker();
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanSupplier training;
    private long last;
    private long windowStart;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(now);
        }
    };

    PulseMonitor(BooleanSupplier training) {
        this.training = training;
    }

    ReadOnlyStringProperty textProperty() {
        return text;
    }

    void start() {
        timer.start();
    }

    void stop() {
        timer.stop();
        if (tracker.pulsesWhileTraining() > 0) {
            LOG.log(System.Logger.Level.INFO, summary());
        }
    }

    /** The longest stall while training so far, in ms. */
    double longestMillis() {
        return tracker.longestMillis();
    }

    private void pulse(long now) {
        boolean on = training.getAsBoolean();
        if (last != 0) {
            tracker.record(now - last, on);
        }
        last = now;
        if (on && tracker.pulsesWhileTraining() > 0) {
            text.set(String.format(Locale.ROOT, "FX stall while training: max %.0f ms, %.1f%% of frames over 50 ms",
                    tracker.longestMillis(), 100 * tracker.overBudgetShare()));
            if (windowStart == 0) {
                windowStart = now;
            } else if (now - windowStart > LOG_EVERY_SECONDS * 1_000_000_000L) {
                LOG.log(System.Logger.Level.INFO, summary());
                tracker.newWindow();
                windowStart = now;
            }
        }
    }

    private String summary() {
        return String.format(Locale.ROOT, "pulse monitor: longest FX stall while training %.1f ms (last window %.1f ms);"
                        + " %.1f%% of %d pulses more than 50 ms apart",
                tracker.longestMillis(), tracker.windowLongestMillis(), 100 * tracker.overBudgetShare(),
                tracker.pulsesWhileTraining());
    }
}

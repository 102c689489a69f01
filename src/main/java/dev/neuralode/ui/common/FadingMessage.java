package dev.neuralode.ui.common;

import java.util.function.Predicate;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Labeled;
import javafx.util.Duration;

/**
 * A status line whose outcomes ("Done: saved run.ckpt") fade out after a few seconds, so that a
 * message does not go on describing something that happened minutes ago. Messages about work
 * still under way ("Working: ...", ending in "...") stay until the next message replaces them;
 * a new message always shows at once and at full strength.
 */
public final class FadingMessage {

    /** How long an outcome stays readable before it fades: long enough to read a line twice. */
    public static final Duration HOLD = Duration.seconds(5);
    private static final Duration FADE = Duration.millis(800);

    private final Labeled label;
    private final Predicate<String> lasting;
    private final SequentialTransition fading;

    private FadingMessage(Labeled label, ObservableStringValue source, Duration hold, Predicate<String> lasting) {
        this.label = label;
        this.lasting = lasting;
        FadeTransition fade = new FadeTransition(FADE, label);
        fade.setFromValue(1);
        fade.setToValue(0);
        fading = new SequentialTransition(new PauseTransition(hold), fade);
        fading.setOnFinished(e -> {
            label.setText("");
            label.setOpacity(1);
        });
        source.addListener((o, before, now) -> show(now));
        show(source.get());
    }

    /**
     * Shows {@code source} on {@code label} (instead of binding the label's text to it), fading each
     * outcome after {@link #HOLD}.
     */
    public static FadingMessage attach(Labeled label, ObservableStringValue source) {
        return attach(label, source, HOLD, FadingMessage::underWay);
    }

    /**
     * @param hold    how long an outcome stays before it fades (tests pass a short one)
     * @param lasting which messages stay until replaced
     */
    public static FadingMessage attach(Labeled label, ObservableStringValue source, Duration hold,
                                       Predicate<String> lasting) {
        return new FadingMessage(label, source, hold, lasting);
    }

    /** Whether the text names work still running: by this project's wording, it ends in "...". */
    public static boolean underWay(String text) {
        return text.endsWith("...");
    }

    /** Whether the message shown is on its way out (for tests; no timing involved). */
    public boolean isFading() {
        return fading.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void show(String text) {
        fading.stop();
        label.setOpacity(1);
        label.setText(text == null ? "" : text);
        if (text != null && !text.isEmpty() && !lasting.test(text)) {
            fading.playFromStart();
        }
    }
}

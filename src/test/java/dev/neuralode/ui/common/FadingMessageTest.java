package dev.neuralode.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Status lines: outcomes fade, work under way stays, a new message shows at once. */
@ExtendWith(ApplicationExtension.class)
class FadingMessageTest {

    private Label label;
    private final StringProperty source = new SimpleStringProperty("");
    private FadingMessage message;

    /** Controls are made once the toolkit runs. */
    @Start
    void start(Stage stage) {
        label = new Label();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private void attach(Duration hold) throws Exception {
        fx(() -> message = FadingMessage.attach(label, source, hold, FadingMessage::underWay));
    }

    @Test
    void anOutcomeFadesAndIsCleared() throws Exception {
        attach(Duration.millis(20));
        fx(() -> {
            source.set("Done: save the experiment to run.ckpt");
            return null;
        });
        assertEquals("Done: save the experiment to run.ckpt", fx(label::getText));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> label.getText().isEmpty()));
        assertEquals(1.0, fx(label::getOpacity), "the label is ready for the next message");
    }

    @Test
    void workUnderWayStaysUntilReplaced() throws Exception {
        attach(Duration.millis(20));
        fx(() -> {
            source.set("Working: save the experiment to run.ckpt...");
            return null;
        });
        assertFalse(fx(message::isFading));
        assertEquals("Working: save the experiment to run.ckpt...", fx(label::getText));
    }

    @Test
    void aNewMessageShowsAtFullStrengthAndStartsItsOwnHold() throws Exception {
        attach(Duration.hours(1));
        fx(() -> {
            source.set("Done: export the view to a.png");
            label.setOpacity(0.3); // as if halfway through fading
            source.set("Done: export the view to b.png");
            return null;
        });
        assertEquals("Done: export the view to b.png", fx(label::getText));
        assertEquals(1.0, fx(label::getOpacity));
        assertTrue(fx(message::isFading));
    }

    @Test
    void theUsualHoldIsAFewSeconds() {
        assertTrue(FadingMessage.HOLD.toSeconds() >= 3 && FadingMessage.HOLD.toSeconds() <= 8);
    }
}

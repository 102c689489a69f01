package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.DigitReader;
import dev.neuralode.ui.classifier.ClassifierViewModel;
import dev.neuralode.ui.classifier.DrawingViewModel;
import dev.neuralode.ui.density.TestConfigs;
import java.util.Arrays;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Classifier tab's MNIST view driven through the window, headless, on its small subset (the default). */
@ExtendWith(ApplicationExtension.class)
class ClassifierTabTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    protected StartupOptions options() {
        return new StartupOptions(TestConfigs.small(), null, null, false);
    }

    private ClassifierViewModel vm() {
        return window.classifier().viewModel();
    }

    /** Shows the tab as a user does, and waits for its first model. */
    private void showTab(FxRobot robot) throws Exception {
        robot.clickOn("Classifier");
        await(() -> vm().training().session() != null);
    }

    @Test
    void theModelIsBuiltWhenTheTabIsFirstShownAndTheTabSaysCpuTrainingIsSlow(FxRobot robot) throws Exception {
        assertNull(fx(() -> vm().training().session()), "no MNIST model while another tab is shown");
        showTab(robot);
        assertFalse(robot.lookup("#mnistPlayButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#mnistCpuNote").queryAs(Label.class).getText().contains("CPU is slow"));
        await(() -> window.classifier().validationChartPoints() >= 1);
        assertTrue(fx(() -> vm().epochProperty().get()).startsWith("Epoch 1: 0 of 62 iterations"),
                "2,000 digits in batches of 32: 62 iterations per epoch");
    }

    @Test
    void playAdvancesAndFillsTheNfeChart(FxRobot robot) throws Exception {
        showTab(robot);
        robot.clickOn("#mnistPlayButton");
        await(() -> window.classifier().iteration() >= 2 && window.classifier().nfeChartPoints() >= 2);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        await(() -> !vm().training().loopingProperty().get());
        assertFalse(fx(() -> vm().training().runningProperty().get()), "Space paused the tab shown");
        assertEquals(0L, fx(() -> window.density().viewModel().training().iterationProperty().get()),
                "the density explorer did not train");
        assertTrue(fx(() -> vm().epochProperty().get()).contains("to go"), "an estimate once iterations are timed");
    }

    @Test
    void aDigitDrawnOnThePadIsReadWithItsProbabilitiesAndFeaturePath(FxRobot robot) throws Exception {
        showTab(robot);
        Node pad = robot.lookup("#mnistDigitPad").query();
        Bounds b = pad.localToScreen(pad.getBoundsInLocal());
        double side = Math.min(b.getWidth(), b.getHeight());
        double x0 = b.getMinX() + (b.getWidth() - side) / 2;
        double y0 = b.getMinY() + (b.getHeight() - side) / 2;
        // A "7": a bar across the top, then down to the bottom left.
        robot.drag(new Point2D(x0 + 0.25 * side, y0 + 0.2 * side), MouseButton.PRIMARY)
                .moveTo(new Point2D(x0 + 0.75 * side, y0 + 0.2 * side))
                .moveTo(new Point2D(x0 + 0.45 * side, y0 + 0.85 * side))
                .drop();
        await(() -> vm().drawing().resultProperty().get() != null && vm().drawing().resultProperty().get().reading() != null);
        DrawingViewModel.Result r = fx(() -> vm().drawing().resultProperty().get());
        DigitReader.Reading reading = r.reading();
        assertEquals(1.0, Arrays.stream(reading.probabilities()).sum(), 1e-9);
        assertEquals(Arrays.stream(reading.probabilities()).max().orElseThrow(), reading.probabilities()[reading.predicted()]);
        assertTrue(reading.nfe() > 0, "the ODE-Net's solve is counted");
        assertTrue(reading.path().length > 2, "h(t) at several t");
        assertTrue(r.image()[14 * 28 + 14] > 0 || Arrays.stream(toDoubles(r.image())).sum() > 20, "the strokes inked the image");
        assertTrue(robot.lookup("#mnistDrawingMessage").queryAs(Label.class).getText().startsWith("Read as " + reading.predicted()));
        robot.clickOn("#mnistClearPad");
        assertNull(fx(() -> vm().drawing().resultProperty().get()));
        assertTrue(fx(() -> vm().drawing().isEmpty()));
    }

    private static double[] toDoubles(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}

package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.data.Mnist;
import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.train.DigitReader;
import dev.neuralode.train.MnistExperiment;
import dev.neuralode.train.MnistSession;
import dev.neuralode.ui.common.Confirm;
import dev.neuralode.ui.classifier.ClassifierViewModel;
import dev.neuralode.ui.classifier.DrawingViewModel;
import dev.neuralode.ui.density.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Classifier tab's MNIST view driven through the window, headless, on its small subset (the default). */
@ExtendWith(ApplicationExtension.class)
class ClassifierTabTest extends WindowTest {

    @TempDir
    Path dir;

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
        MenuItem save = fileItem(robot, "Save MNIST checkpoint...");
        assertTrue(save.isDisable(), "the File menu's MNIST items wait for their tab");
        showTab(robot);
        assertFalse(save.isDisable());
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
        // Readings arrive while the stroke is drawn; the result and its message are taken together on the FX thread.
        AtomicReference<DrawingViewModel.Result> shown = new AtomicReference<>();
        Label message = robot.lookup("#mnistDrawingMessage").queryAs(Label.class);
        await(() -> {
            DrawingViewModel.Result now = vm().drawing().resultProperty().get();
            boolean read = now != null && now.reading() != null
                    && message.getText().startsWith("Read as " + now.reading().predicted());
            shown.set(read ? now : null);
            return read;
        });
        DrawingViewModel.Result r = shown.get();
        DigitReader.Reading reading = r.reading();
        assertEquals(1.0, Arrays.stream(reading.probabilities()).sum(), 1e-9);
        assertEquals(Arrays.stream(reading.probabilities()).max().orElseThrow(), reading.probabilities()[reading.predicted()]);
        assertTrue(reading.nfe() > 0, "the ODE-Net's solve is counted");
        assertTrue(reading.path().length > 2, "h(t) at several t");
        assertTrue(r.image()[14 * 28 + 14] > 0 || Arrays.stream(toDoubles(r.image())).sum() > 20, "the strokes inked the image");
        robot.clickOn("#mnistClearPad");
        assertNull(fx(() -> vm().drawing().resultProperty().get()));
        assertTrue(fx(() -> vm().drawing().isEmpty()));
    }

    @Test
    void theSwitchShowsThe2dViewWithItsOwnModelMenuAndKeysAndBack(FxRobot robot) throws Exception {
        showTab(robot);
        assertNull(fx(() -> window.plane().viewModel().training().session()), "no 2D model before the 2D view is shown");
        MenuItem saveMnist = fileItem(robot, "Save MNIST checkpoint...");
        MenuItem save2d = fileItem(robot, "Save 2D experiment...");
        assertTrue(save2d.isDisable(), "the 2D items wait for their view");

        robot.clickOn("#classifierShowPlane");
        await(() -> window.plane().viewModel().training().session() != null);
        assertTrue(robot.lookup("#planePlayButton").query().isVisible());
        assertFalse(isShown(robot.lookup("#mnistPlayButton").query()), "the MNIST view is hidden");
        assertTrue(saveMnist.isDisable() && !save2d.isDisable(), "the File menu follows the view shown");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        await(() -> window.plane().viewModel().training().iterationProperty().get() >= 2);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        await(() -> !window.plane().viewModel().training().loopingProperty().get());
        assertEquals(0L, fx(() -> window.classifier().iteration()), "Space played the 2D view, not the hidden MNIST one");

        robot.clickOn("#classifierShowMnist");
        assertTrue(isShown(robot.lookup("#mnistPlayButton").query()));
        assertFalse(saveMnist.isDisable());
        assertTrue(save2d.isDisable());
    }

    /** What train mnist writes after an epoch: here an RK-Net after a few iterations on 128 digits. */
    private static Path rkNetCheckpoint(Path file, int iterations) throws Exception {
        MnistSession trained = new MnistSession(MnistExperiment.recipe(Architecture.RKNET).withData(128, 32, false),
                Mnist.load(Mnist.DEFAULT_DIRECTORY).train());
        for (int i = 0; i < iterations; i++) {
            trained.step();
        }
        trained.save(file);
        return file;
    }

    /** Whether the node and every parent is visible. */
    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aCheckpointOpensWithItsSettingsResetAsksUntilSavedAndABadFileNamesTheFix(FxRobot robot) throws Exception {
        showTab(robot);
        Path checkpoint = rkNetCheckpoint(dir.resolve("checkpoint.ckpt"), 2);
        dialogs.next = checkpoint;
        robot.clickOn("#mnistOpenButton");
        await(() -> window.classifier().iteration() == 2 && vm().settingsProperty().get().model() == Architecture.RKNET);
        assertEquals("rk4", robot.lookup("#mnistMethod").queryAs(ChoiceBox.class).getValue());
        assertNull(fx(() -> vm().unsavedWork()), "as opened, nothing to lose");

        robot.clickOn("#mnistStepButton");
        await(() -> window.classifier().iteration() == 3);
        robot.clickOn("#mnistResetButton");
        awaitQuestion(robot);
        // Inside the question only: the tabs behind it have Cancel buttons of their own (sweep, gallery, lab).
        answer(robot, "Cancel");
        await(() -> robot.lookup("#" + Confirm.DIALOG_ID).tryQuery().isEmpty());
        assertEquals(3L, (long) fx(() -> window.classifier().iteration()), "Cancel kept the trained model");

        Path saved = dir.resolve("saved.ckpt");
        dialogs.next = saved;
        robot.clickOn("#mnistSaveButton");
        await(() -> vm().unsavedWork() == null);
        assertTrue(Files.size(saved) > 0);
        assertEquals(3, MnistSession.resume(saved, Mnist.load(Mnist.DEFAULT_DIRECTORY).train()).iteration());

        dialogs.next = Files.writeString(dir.resolve("notes.ckpt"), "not a checkpoint");
        robot.clickOn("#mnistOpenButton");
        await(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        String message = robot.lookup("#errorMessage").queryAs(Label.class).getText();
        assertTrue(message.contains("notes.ckpt") && message.contains("train mnist"), message);
        DialogButtons.click(robot, "errorDialog", "OK");
        assertEquals(3L, (long) fx(() -> window.classifier().iteration()), "the model shown stays");
    }

    @Test
    void aRecoveredCheckpointStaysUnsavedWorkThatResetAsksAbout(FxRobot robot) throws Exception {
        showTab(robot);
        Path recovered = rkNetCheckpoint(dir.resolve("mnist.ckpt"), 1);
        WaitForAsyncUtils.asyncFx(() -> window.classifier().recoverable().restore().accept(recovered)).get(10, TimeUnit.SECONDS);
        await(() -> window.classifier().iteration() == 1 && vm().settingsProperty().get().model() == Architecture.RKNET);
        assertNotNull(fx(() -> vm().unsavedWork()), "a recovery file is not a save the user chose");
        assertNotNull(fx(() -> vm().recoveryState()));

        // An autosave writes what Save writes, and still leaves the model unsaved.
        Path autosaved = dir.resolve("autosaved.ckpt");
        fx(() -> vm().snapshot()).writeTo(autosaved);
        assertEquals(1, MnistSession.resume(autosaved, Mnist.load(Mnist.DEFAULT_DIRECTORY).train()).iteration());
        assertNotNull(fx(() -> vm().unsavedWork()));
    }

    private static double[] toDoubles(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}

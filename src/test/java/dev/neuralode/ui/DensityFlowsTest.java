package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.CnfExperiment;
import dev.neuralode.ui.density.ExplorerViewModel;
import dev.neuralode.ui.density.SessionHandle;
import dev.neuralode.ui.density.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The density explorer driven through its window, headless, with a model small enough for tests. */
@ExtendWith(ApplicationExtension.class)
class DensityFlowsTest extends WindowTest {

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

    private ExplorerViewModel vm() {
        return window.density().viewModel();
    }

    private long iteration() throws Exception {
        return fx(() -> vm().training().iterationProperty().get());
    }

    private void ready() throws Exception {
        await(() -> vm().training().session() != null && !vm().training().busyProperty().get());
    }

    private void stroke(FxRobot robot) {
        robot.moveTo("#drawingCanvas").press(MouseButton.PRIMARY)
                .moveBy(30, 0).moveBy(30, 10).moveBy(20, 20).moveBy(-40, 20)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingOverTheCanvasAddsPointsAndUndoRestoresThem(FxRobot robot) throws Exception {
        ready();
        assertEquals("2,000 points", robot.lookup("#pointCount").queryAs(Label.class).getText());
        stroke(robot);
        int drawn = fx(() -> vm().data().pointCountProperty().get());
        assertTrue(drawn > 2000, "the stroke sprayed points: " + drawn);
        assertEquals("custom", fx(() -> vm().data().state().dataset()));
        robot.clickOn("#undoData");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2,000 points", robot.lookup("#pointCount").queryAs(Label.class).getText());
        assertEquals("moons", fx(() -> vm().data().state().dataset()));
    }

    @Test
    void playAdvancesIterationsOntoTheNfeChartAndPauseStopsThem(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#playButton");
        await(() -> vm().training().iterationProperty().get() >= 3 && window.density().nfeChartPoints() >= 2);
        robot.clickOn("#playButton");
        await(() -> !vm().training().loopingProperty().get());
        long paused = iteration();
        // A step is queued behind anything still running on the engine thread: exactly one more
        // iteration after it proves that the loop has stopped.
        robot.clickOn("#stepButton");
        await(() -> vm().training().iterationProperty().get() > paused);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused + 1, iteration());
        assertTrue(fx(() -> window.density().nfeChartPoints()) >= 2);
    }

    @Test
    void theToleranceSliderChangesTheSessionsTolerance(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("Model & solver");
        robot.clickOn("#rtolSlider");
        await(() -> vm().training().session().session().config().rtol() != 1e-3);
        double rtol = fx(() -> vm().training().session().session().config().rtol());
        assertEquals(fx(() -> vm().settings().draft().rtol()), rtol);
        String shown = robot.lookup("#rtolSliderValue").queryAs(Label.class).getText();
        assertEquals(rtol, Double.parseDouble(shown), 1e-12);
    }

    @Test
    void resetClearsTheCharts(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#playButton");
        await(() -> window.density().nfeChartPoints() >= 2);
        robot.clickOn("#playButton");
        await(() -> !vm().training().loopingProperty().get());
        SessionHandle trained = fx(() -> vm().training().session());
        robot.clickOn("#resetButton");
        awaitQuestion(robot);
        answer(robot, "Reset");
        await(() -> window.density().nfeChartPoints() == 0 && vm().training().session() != null
                && vm().training().session() != trained);
        assertEquals(0, iteration());
        assertEquals("0", robot.lookup("#iterationCounter").queryAs(Label.class).getText());
    }

    @Test
    void openingAMalformedCsvShowsAnErrorAndKeepsTheDataset(FxRobot robot) throws Exception {
        ready();
        dialogs.next = Files.writeString(dir.resolve("bad.csv"), "x,y\n0.5,1\nfoo,2\n");
        robot.clickOn("#importData");
        await(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        String message = robot.lookup("#errorMessage").queryAs(Label.class).getText();
        assertTrue(message.contains("bad.csv line 3") && message.contains("'foo' is not a number"), message);
        assertEquals("2,000 points", robot.lookup("#pointCount").queryAs(Label.class).getText());
        assertEquals("moons", fx(() -> vm().data().state().dataset()));
        DialogButtons.click(robot, "errorDialog", "OK");
    }

    @Test
    void saveThenOpenRestoresTheSameConfigAndDataset(FxRobot robot) throws Exception {
        ready();
        stroke(robot);
        await(() -> vm().training().session() != null && vm().training().session().config().isCustomData()
                && !vm().training().busyProperty().get());
        robot.clickOn("Model & solver");
        robot.clickOn("#rtolSlider");
        robot.clickOn("#stepButton");
        await(() -> vm().training().iterationProperty().get() == 1);
        CnfExperiment saved = fx(() -> vm().training().session().session().config());
        float[] points = fx(() -> vm().data().state().points().toArray());
        Path file = dir.resolve("drawn.ckpt");
        dialogs.next = file;
        robot.clickOn("#saveButton");
        await(() -> window.density().viewModel().jobs().messageProperty().get().startsWith("Done"));

        robot.clickOn("Data");
        robot.clickOn("#clearData");
        fx(() -> vm().settings().apply(c -> c.withTolerances(1e-5, 1e-5)));
        assertNotEquals(saved, fx(() -> vm().settings().draft()));
        robot.clickOn("#openButton");
        awaitQuestion(robot);
        answer(robot, "Open");
        await(() -> vm().training().session() != null && !vm().training().busyProperty().get()
                && saved.equals(vm().training().session().config()));
        assertEquals(saved, fx(() -> vm().settings().draft()));
        assertArrayEquals(points, fx(() -> vm().data().state().points().toArray()));
        assertEquals(1, iteration());
        assertEquals(String.format(java.util.Locale.ROOT, "%,d points", points.length / 2),
                robot.lookup("#pointCount").queryAs(Label.class).getText());
    }
}

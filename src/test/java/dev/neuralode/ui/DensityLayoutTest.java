package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.ui.common.Confirm;
import dev.neuralode.ui.density.ExplorerViewModel;
import dev.neuralode.ui.density.SessionHandle;
import dev.neuralode.ui.density.TestConfigs;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The density tab's layout and state as a user meets them: usable at the smallest window, banners
 * that move nothing, Reset and Open that ask before discarding a trained model, Ctrl+F that shows
 * the frontier, Open that brings the charts back.
 */
@ExtendWith(ApplicationExtension.class)
class DensityLayoutTest extends WindowTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Override
    protected StartupOptions options() {
        return new StartupOptions(TestConfigs.small(), null, null, false);
    }

    private ExplorerViewModel vm() {
        return window.density().viewModel();
    }

    private void ready() throws Exception {
        await(() -> vm().training().session() != null && !vm().training().busyProperty().get());
    }

    private void stepOnce(FxRobot robot) throws Exception {
        long before = fx(() -> vm().training().iterationProperty().get());
        robot.clickOn("#stepButton");
        await(() -> vm().training().iterationProperty().get() > before);
    }

    private static Bounds onScreen(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n.localToScreen(n.getBoundsInLocal());
    }

    @Test
    void atTheSmallestWindowEveryPartKeepsItsRoomAndTheToleranceIsInView(FxRobot robot) throws Exception {
        ready();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1024, fx(() -> window.root().getScene().getWidth()), 1.0);
        assertTrue(robot.lookup("#chartTabs").queryAs(TabPane.class).getWidth() >= 299,
                "the chart column keeps its width");
        assertTrue(robot.lookup("#sidebar").queryAs(TabPane.class).getWidth() >= 269);
        for (String id : new String[] {"#playButton", "#stepButton", "#resetButton", "#openButton", "#saveButton"}) {
            Button b = robot.lookup(id).queryButton();
            assertTrue(fx(() -> b.getWidth() + 0.5 >= b.prefWidth(-1)), id + " shows its whole text");
        }
        robot.clickOn("Model & solver");
        Bounds slider = onScreen(robot, "#rtolSlider");
        Bounds panel = onScreen(robot, "#sidebar");
        assertTrue(slider.getMaxY() < panel.getMaxY(), "the tolerance slider is in view without scrolling: " + slider);
        assertTrue(robot.lookup("#rtolTighterEnd").tryQuery().isPresent() && robot.lookup("#rtolLooserEnd").tryQuery().isPresent());

        double withPanel = onScreen(robot, "#timeScrubber").getWidth();
        robot.clickOn("#sidePanelToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#sidebar").tryQuery().isEmpty(), "the side panel is hidden");
        assertTrue(onScreen(robot, "#timeScrubber").getWidth() > withPanel + 100, "the density view took the panel's room");
        robot.clickOn("#sidePanelToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#sidebar").tryQuery().isPresent());
    }

    @Test
    void aBannerAppearingMovesNoControl(FxRobot robot) throws Exception {
        ready();
        stepOnce(robot);
        Map<String, Bounds> before = new LinkedHashMap<>();
        for (String id : new String[] {"#playButton", "#timeScrubber", "#overlayData", "#autoplay", "#chartTabs", "#sidebar"}) {
            before.put(id, onScreen(robot, id));
        }
        assertTrue(!robot.lookup("#resetBanner").query().isVisible());
        // A wider model needs a Reset: the banner that offers it appears.
        fx(() -> vm().settings().apply(c -> c.withModel(c.model(), 24, c.hidden(), c.hiddenDims(), c.activation(),
                c.endTime(), c.learnEndTime(), c.planarLayers(), c.baseVariance(), c.seed(), c.dtype())));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#resetBanner").query().isVisible());
        for (Map.Entry<String, Bounds> e : before.entrySet()) {
            assertEquals(e.getValue(), onScreen(robot, e.getKey()), e.getKey() + " stayed where it was");
        }
    }

    @Test
    void resetAsksBeforeDiscardingATrainedModelAndCancelKeepsIt(FxRobot robot) throws Exception {
        ready();
        SessionHandle untrained = fx(() -> vm().training().session());
        robot.clickOn("#resetButton");
        await(() -> vm().training().session() != null && vm().training().session() != untrained);
        assertTrue(robot.lookup("#" + Confirm.DIALOG_ID).tryQuery().isEmpty(), "nothing learnt, nothing asked");

        stepOnce(robot);
        SessionHandle trained = fx(() -> vm().training().session());
        robot.clickOn("#resetButton");
        awaitQuestion(robot);
        answer(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(trained, fx(() -> vm().training().session()));
        assertEquals(1, fx(() -> vm().training().iterationProperty().get()));

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        awaitQuestion(robot);
        answer(robot, "Reset");
        await(() -> vm().training().session() != null && vm().training().session() != trained);
        assertEquals(0, fx(() -> vm().training().iterationProperty().get()));
    }

    @Test
    void ctrlFSweepsTheTolerancesAndShowsTheFrontier(FxRobot robot) throws Exception {
        ready();
        stepOnce(robot);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("frontierTab", fx(() -> robot.lookup("#chartTabs").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getId()));
        await(() -> vm().frontier().resultProperty().get() != null);
        await(() -> robot.lookup("#frontierMark").queryLabeled().getText().contains("Red diamond"));
    }

    @Test
    void openingASavedExperimentAsksFirstAndBringsBackItsCharts(FxRobot robot) throws Exception {
        ready();
        for (int i = 0; i < 3; i++) {
            stepOnce(robot);
        }
        await(() -> window.density().nfeChartPoints() == 3);
        dialogs.next = dir.resolve("three.ckpt");
        robot.clickOn("#saveButton");
        await(() -> vm().jobs().messageProperty().get().startsWith("Done"));

        stepOnce(robot);
        dialogs.next = dir.resolve("three.ckpt");
        robot.clickOn("#openButton");
        awaitQuestion(robot);
        answer(robot, "Open");
        await(() -> vm().training().iterationProperty().get() == 3 && !vm().training().busyProperty().get());
        await(() -> window.density().nfeChartPoints() == 3);
        assertNotSame(null, fx(() -> vm().training().session()));
    }
}

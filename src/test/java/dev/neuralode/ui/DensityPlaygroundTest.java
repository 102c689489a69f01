package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.ui.density.ExplorerViewModel;
import dev.neuralode.ui.density.TestConfigs;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The density tab's Playground parity and density matching, driven through the window headless:
 * the KL objective shows its analytic target, the held-out NLL joins the loss chart, the data's
 * noise and Regenerate redraw the points, and the experiment code reproduces a config.
 */
@ExtendWith(ApplicationExtension.class)
class DensityPlaygroundTest extends WindowTest {

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

    private void ready() throws Exception {
        await(() -> vm().training().session() != null && !vm().training().busyProperty().get());
    }

    @Test
    void matchingADensityShowsItsNamedTargetAndNoDataPoints(FxRobot robot) throws Exception {
        ready();
        assertFalse(robot.lookup("#targetSwitch").queryAs(Node.class).isVisible(), "fitting data has no target to show");
        robot.clickOn("Model & solver");
        robot.clickOn("#objective");
        robot.clickOn("match a density (KL)");
        await(() -> vm().training().session() != null && !vm().training().busyProperty().get()
                && "kl".equals(vm().training().session().config().objective()));
        assertTrue(robot.lookup("#targetSwitch").queryAs(Node.class).isVisible());
        assertEquals("Target: bullseye, the analytic density the flow learns to match",
                robot.lookup("#targetName").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#overlayData").queryAs(Node.class).isDisabled(), "no data points are overlaid in KL mode");
        robot.clickOn("#showTarget");
        await(() -> robot.lookup("#frameInfo").queryAs(Label.class).getText().startsWith("Target: bullseye"));
        robot.clickOn("#showLearnt");
        await(() -> robot.lookup("#frameInfo").queryAs(Label.class).getText().startsWith("iteration"));
    }

    @Test
    void theHeldOutNllJoinsTheLossChartEveryTenthIteration(FxRobot robot) throws Exception {
        ready();
        assertEquals(0, fx(() -> window.density().heldOutChartPoints()));
        robot.clickOn("#playButton");
        await(() -> window.density().heldOutChartPoints() >= 2);
        robot.clickOn("#playButton");
        await(() -> !vm().training().loopingProperty().get());
        long iterations = fx(() -> vm().training().iterationProperty().get());
        int heldOut = fx(() -> window.density().heldOutChartPoints());
        assertTrue(iterations >= 10 && heldOut <= 1 + iterations / 10, heldOut + " held-out points after " + iterations);
        assertTrue(fx(() -> vm().training().history().toCsv()).startsWith(
                "iteration,loss,nfe_forward,nfe_backward,seconds,elapsed_seconds,test_nll\n"));
    }
}

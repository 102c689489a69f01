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
        assertTrue(robot.lookup("#regenerateData").queryAs(Node.class).isDisabled(), "KL mode has no data to redraw");
        assertTrue(robot.lookup("#klDataNote").queryAs(Node.class).isVisible());
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

    /** A button of the confirmation dialog (the data panel has a Regenerate button too). */
    private static javafx.scene.control.Button dialogButton(FxRobot robot, String text) {
        Node dialog = robot.lookup("#" + dev.neuralode.ui.common.Confirm.DIALOG_ID).query();
        return robot.from(dialog).lookup((javafx.scene.control.Button b) -> text.equals(b.getText())).query();
    }

    private float[] points() throws Exception {
        return fx(() -> vm().data().state().points().toArray());
    }

    @Test
    void regenerateDrawsNewPointsAndTheNewModelLearnsThem(FxRobot robot) throws Exception {
        ready();
        float[] before = points();
        robot.clickOn("#regenerateData");
        await(() -> vm().training().session() != null && !vm().training().busyProperty().get()
                && vm().training().session().config().dataSeed() != 0);
        assertFalse(java.util.Arrays.equals(before, points()), "Regenerate drew new points");
        long seed = fx(() -> vm().data().state().dataSeed());
        assertEquals(seed, fx(() -> vm().training().session().config().dataSeed()));
        assertTrue(java.util.Arrays.equals(points(), fx(() -> vm().training().session().data().toArray())),
                "the session shows and holds out the points the panel shows");
    }

    @Test
    void regenerateAsksBeforeDiscardingATrainedModelAndCancelKeepsEverything(FxRobot robot) throws Exception {
        ready();
        robot.clickOn("#stepButton");
        await(() -> vm().training().iterationProperty().get() == 1);
        float[] before = points();
        var trained = fx(() -> vm().training().session());
        robot.clickOn("#regenerateData");
        await(() -> robot.lookup("#" + dev.neuralode.ui.common.Confirm.DIALOG_ID).tryQuery().isPresent());
        robot.clickOn(dialogButton(robot, "Cancel"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(java.util.Arrays.equals(before, points()));
        assertEquals(trained, fx(() -> vm().training().session()));
        assertEquals(1, fx(() -> vm().training().iterationProperty().get()));

        robot.clickOn("#regenerateData");
        await(() -> robot.lookup("#" + dev.neuralode.ui.common.Confirm.DIALOG_ID).tryQuery().isPresent());
        robot.clickOn(dialogButton(robot, "Regenerate"));
        await(() -> vm().training().session() != trained && vm().training().session() != null
                && !vm().training().busyProperty().get());
        assertFalse(java.util.Arrays.equals(before, points()));
        assertEquals(0, fx(() -> vm().training().iterationProperty().get()));
        assertEquals("", fx(() -> vm().pendingResetProperty().get()), "no banner: the new model has started");
    }

    @Test
    void theNoiseSliderRedrawsThePresetWithMoreSpread(FxRobot robot) throws Exception {
        ready();
        float[] before = points();
        robot.clickOn("#noiseSlider");
        await(() -> vm().training().session() != null && !vm().training().busyProperty().get()
                && vm().training().session().config().noise() != 1.0);
        double noise = fx(() -> vm().training().session().config().noise());
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f\u00d7", noise),
                robot.lookup("#noiseValue").queryAs(Label.class).getText());
        assertEquals(dev.neuralode.train.DensityData.preset("moons", noise, 0), fx(() -> vm().data().state().points()));
        assertFalse(java.util.Arrays.equals(before, points()));
    }

    @Test
    void anExperimentCodeAppliesItsSettingsAndAMalformedOneSaysWhichFieldIsWrong(FxRobot robot) throws Exception {
        ready();
        javafx.scene.control.TextInputControl field = robot.lookup("#experimentCode")
                .queryAs(javafx.scene.control.TextInputControl.class);
        assertEquals(dev.neuralode.train.ExperimentCode.of(TestConfigs.small()), fx(field::getText));
        String code = dev.neuralode.train.ExperimentCode.of(TestConfigs.small().withData("circles", "mle", null)
                .withTolerances(1e-2, 1e-3).withSampling(0.5, 42));
        fx(() -> {
            field.setText("cnf1:dataset=circles;rtol=fast");
            return null;
        });
        robot.clickOn("#applyCode");
        assertEquals("The field 'rtol' in the experiment code must be a number such as 0.5 or 1e-5, was 'fast'.",
                robot.lookup("#codeError").queryAs(Label.class).getText());
        assertEquals("moons", fx(() -> vm().settings().draft().dataset()), "a malformed code changes nothing");
        fx(() -> {
            field.setText(code);
            return null;
        });
        robot.clickOn("#applyCode");
        await(() -> vm().training().session() != null && !vm().training().busyProperty().get()
                && code.equals(dev.neuralode.train.ExperimentCode.of(vm().training().session().config())));
        assertEquals("circles", fx(() -> vm().data().state().dataset()));
        assertEquals(dev.neuralode.train.DensityData.preset("circles", 0.5, 42), fx(() -> vm().data().state().points()));
        assertEquals("", robot.lookup("#codeError").queryAs(Label.class).getText());
        assertEquals(code, fx(field::getText));
    }
}

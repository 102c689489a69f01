package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.LatentExperiment;
import dev.neuralode.ui.common.Confirm;
import dev.neuralode.ui.density.TestConfigs;
import dev.neuralode.ui.latent.LatentViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
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

/** The latent ODE tab driven through its window, headless, on ten small spirals. */
@ExtendWith(ApplicationExtension.class)
class LatentOdeTabTest extends WindowTest {

    private static final LatentExperiment SMALL = LatentExperiment.defaults().withData(10, 8).withObservations(30)
            .withTolerance(1e-3);

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    protected StartupOptions options() {
        return new StartupOptions(TestConfigs.small(), null, null, false).onLatentTab(SMALL);
    }

    private LatentViewModel vm() {
        return window.latent().viewModel();
    }

    /** The session is ready and the first posterior is drawn. */
    private void inferred() throws Exception {
        await(() -> vm().inferredProperty().get() != null && window.latent().latentChartPoints() > 0);
    }

    private int observations() throws Exception {
        return fx(() -> vm().editedProperty().get().size());
    }

    @Test
    void clickingAddsAnObservationAndTheTrajectoryViewUpdates(FxRobot robot) throws Exception {
        inferred();
        int before = observations();
        long revision = fx(() -> vm().revisionProperty().get());
        LatentViewModel.Inference first = fx(() -> vm().inferredProperty().get());
        Node canvas = robot.lookup("#latentCanvas").query();
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        // Near the plot's bottom-left corner, inside its axes, away from every observation of the spiral.
        robot.clickOn(b.getMinX() + 70, b.getMaxY() - 60, MouseButton.PRIMARY);
        await(() -> vm().revisionProperty().get() > revision);
        assertEquals(before + 1, observations(), "one observation added");
        LatentViewModel.Inference after = fx(() -> vm().inferredProperty().get());
        assertEquals(before + 1, fx(() -> vm().inferredProperty().get().prediction().observedTimes().length),
                "the posterior was inferred from the edited series");
        assertFalse(Arrays.deepEquals(first.prediction().latent(), after.prediction().latent()),
                "the latent trajectory moved");
        assertFalse(Arrays.deepEquals(first.prediction().samples(), after.prediction().samples()),
                "the plotted reconstructions moved");
        String count = robot.lookup("#latentObservationCount").queryAs(Label.class).getText();
        assertEquals((before + 1) + " observations (edited)", count);
    }

    @Test
    void playTrainsWithSpaceAndFillsTheLossChartStepDoesOneIteration(FxRobot robot) throws Exception {
        inferred();
        robot.clickOn("#latentCanvas", MouseButton.SECONDARY);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        await(() -> window.latent().iteration() >= 2);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        await(() -> !vm().training().loopingProperty().get());
        assertEquals(0L, fx(() -> window.density().viewModel().training().iterationProperty().get()),
                "Space went to the tab shown, not the density explorer");
        long paused = fx(() -> window.latent().iteration());
        robot.clickOn("#latentStepButton");
        await(() -> window.latent().iteration() > paused);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused + 1, (long) fx(() -> window.latent().iteration()));
    }

    @Test
    void aMalformedSeriesCsvShowsTheLineAndKeepsTheSeries(FxRobot robot) throws Exception {
        inferred();
        dialogs.next = Files.writeString(dir.resolve("bad.csv"), "series_id,t,x,y\na,0,1,1\na,0.5,oops,2\n");
        robot.clickOn("#latentImport");
        await(() -> robot.lookup("#errorDialog").tryQuery().isPresent());
        String message = robot.lookup("#errorMessage").queryAs(Label.class).getText();
        assertTrue(message.contains("bad.csv line 3") && message.contains("'oops' is not a number"), message);
        assertEquals("spirals", fx(() -> vm().sourceProperty().get()));
        DialogButtons.click(robot, "errorDialog", "OK");
        assertFalse(fx(() -> vm().examplesProperty().get().isEmpty()));
    }

    private boolean asking(FxRobot robot) {
        return robot.lookup("#" + Confirm.DIALOG_ID).tryQuery().isPresent();
    }

    /** Steps once and waits until the model has been trained for an iteration. */
    private void trainOnce(FxRobot robot) throws Exception {
        robot.clickOn("#latentStepButton");
        await(() -> window.latent().iteration() >= 1);
    }

    @Test
    void resetAsksBeforeDiscardingTheTrainedModel(FxRobot robot) throws Exception {
        inferred();
        trainOnce(robot);
        Object session = fx(() -> vm().training().session());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        await(() -> asking(robot));
        String question = robot.lookup("#" + Confirm.DIALOG_ID).queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
        assertEquals("Reset discards the model trained for 1 iteration.", question);
        DialogButtons.click(robot, Confirm.DIALOG_ID, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(session, fx(() -> vm().training().session()), "Cancel keeps the model");
        assertEquals(1L, (long) fx(() -> window.latent().iteration()));

        robot.clickOn("#latentResetButton");
        await(() -> asking(robot));
        DialogButtons.click(robot, Confirm.DIALOG_ID, "Reset");
        await(() -> vm().training().session() != null && vm().training().session() != session);
        assertEquals(0L, (long) fx(() -> window.latent().iteration()));
    }

    @Test
    void thePoissonSwitchAsksAndCancelKeepsTheModelAndTheBox(FxRobot robot) throws Exception {
        inferred();
        trainOnce(robot);
        Object session = fx(() -> vm().training().session());
        robot.clickOn("#latentPoisson");
        await(() -> asking(robot));
        String question = robot.lookup("#" + Confirm.DIALOG_ID).queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
        assertEquals("Switch likelihood discards the model trained for 1 iteration.", question);
        DialogButtons.click(robot, Confirm.DIALOG_ID, "Cancel");
        await(() -> !robot.lookup("#latentPoisson").queryAs(CheckBox.class).isSelected());
        assertEquals(session, fx(() -> vm().training().session()), "Cancel keeps the model");
        assertFalse(fx(() -> vm().experimentProperty().get().poisson()));
        assertEquals(1L, (long) fx(() -> window.latent().iteration()));

        robot.clickOn("#latentPoisson");
        await(() -> asking(robot));
        DialogButtons.click(robot, Confirm.DIALOG_ID, "Switch likelihood");
        await(() -> vm().training().session() != session && vm().inferredProperty().get() != null
                && vm().inferredProperty().get().prediction().intensity() != null);
        assertTrue(robot.lookup("#latentPoisson").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void switchingWhileTrainingGoesOnTrainingTheNewModel(FxRobot robot) throws Exception {
        inferred();
        robot.clickOn("#latentPlayButton");
        await(() -> window.latent().iteration() >= 1);
        Object session = fx(() -> vm().training().session());
        robot.clickOn("#latentResetButton");
        await(() -> asking(robot));
        DialogButtons.click(robot, Confirm.DIALOG_ID, "Reset");
        await(() -> vm().training().session() != session && window.latent().iteration() >= 1);
        assertTrue(fx(() -> vm().training().runningProperty().get()), "training was not paused without a word");
        robot.clickOn("#latentPlayButton");
        await(() -> !vm().training().loopingProperty().get());
    }
}

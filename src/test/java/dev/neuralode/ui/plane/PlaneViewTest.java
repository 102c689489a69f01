package dev.neuralode.ui.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.Flow2dExperiment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 2D view on its own stage, headless, on a small circles set. */
@ExtendWith(ApplicationExtension.class)
class PlaneViewTest {

    private static final Flow2dExperiment SMALL = Flow2dExperiment.defaults().withData("circles", 200, 0.02)
            .withModel("node", 2, 16).withTraining(500, 64, 0.01);

    @TempDir
    Path dir;

    private PlaneView view;

    @Start
    void start(Stage stage) {
        view = new PlaneView(SMALL, null);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1400, 880));
        stage.show();
        view.start();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.close()).get(30, TimeUnit.SECONDS);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(condition));
    }

    private void pauseAndWait(FxRobot robot) throws Exception {
        robot.clickOn("#planePlayButton");
        await(() -> !view.viewModel().training().loopingProperty().get());
    }

    @Test
    void playAdvancesAndFillsTheNfeAndAccuracyCharts(FxRobot robot) throws Exception {
        await(() -> view.viewModel().frameProperty().get() != null);
        robot.clickOn("#planePlayButton");
        await(() -> view.iteration() >= 12 && view.nfeChartPoints() >= 10 && view.testAccuracyPoints() >= 1);
        pauseAndWait(robot);
        PlaneFrame f = fx(() -> view.viewModel().frameProperty().get());
        assertEquals(2, f.flow().dim(), "the plain Neural ODE flows in the plane");
        await(() -> view.viewModel().frameProperty().get().iteration() > 0);
        String accuracy = robot.lookup("#planeAccuracy").queryAs(Label.class).getText();
        assertTrue(accuracy.matches("Accuracy: batch [0-9.]+%, test [0-9.]+% \\(iteration \\d+\\)"), accuracy);
    }

    @Test
    void theDrawnSetTrains(FxRobot robot) throws Exception {
        await(() -> view.viewModel().training().session() != null);
        robot.clickOn("#planeDataset").clickOn(PlaneViewModel.DRAWN);
        await(() -> view.viewModel().drawingProperty().get());
        Node canvas = robot.lookup("#planeMapCanvas").query();
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        double cx = b.getCenterX();
        double cy = b.getCenterY();
        double r = Math.min(b.getWidth(), b.getHeight()) / 4;
        for (int i = 0; i < 4; i++) {
            robot.clickOn(cx - r + 12 * i, cy - r + 9 * i, MouseButton.PRIMARY);
            robot.clickOn(cx + r - 12 * i, cy + r - 9 * i, MouseButton.SECONDARY);
        }
        await(() -> view.viewModel().drawnProperty().get().size() == 8);
        DrawnPoints d = fx(() -> view.viewModel().drawnProperty().get());
        assertEquals(4, d.count(1), "the left button drew the brush's class");
        assertEquals(4, d.count(0), "the right button drew the other class");
        await(() -> view.viewModel().training().session() != null && !view.viewModel().training().busyProperty().get()
                && view.viewModel().training().session().session().config().isCustomData()
                && view.viewModel().training().session().session().data().train().size()
                        + view.viewModel().training().session().session().data().test().size() == 8);
        robot.clickOn("#planePlayButton");
        await(() -> view.iteration() >= 12 && view.testAccuracyPoints() >= 1);
        pauseAndWait(robot);
        String accuracy = robot.lookup("#planeAccuracy").queryAs(Label.class).getText();
        assertTrue(accuracy.contains("test") && !accuracy.contains("not"), accuracy);

        // Crash recovery keeps what Save keeps: the drawn points come back with the model's iteration.
        assertNotNull(fx(() -> view.viewModel().recoveryState()));
        long trained = fx(() -> view.viewModel().training().iterationProperty().get());
        Path file = dir.resolve("flow2d.ckpt");
        fx(() -> view.viewModel().snapshot()).writeTo(file);
        robot.interact(() -> view.viewModel().clearDrawing());
        robot.interact(() -> view.recoverable().restore().accept(file));
        await(() -> view.viewModel().drawnProperty().get().size() == 8 && view.iteration() == trained
                && !view.viewModel().training().busyProperty().get());
        assertEquals(4, fx(() -> view.viewModel().drawnProperty().get().count(1)));
    }
}

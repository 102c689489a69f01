package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.ui.density.TestConfigs;
import dev.neuralode.ui.plane.PlaneViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Classifier tab's 2D view through the File menu: save, the three exports, and Open after a question. */
@ExtendWith(ApplicationExtension.class)
class Classifier2dFilesTest extends WindowTest {

    /** The flow GIF's frame count, as PlaneFiles writes it (s from 0 to 1). */
    private static final int GIF_FRAMES = 30;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
        window.classifier().showPlane(true);
    }

    @Override
    protected StartupOptions options() {
        return new StartupOptions(TestConfigs.small(), null, null, false);
    }

    private PlaneViewModel vm() {
        return window.plane().viewModel();
    }

    /** Chooses {@code file} in the next dialog, runs the File menu item, and waits for the file. */
    private Path export(FxRobot robot, String item, String file) throws Exception {
        Path path = dir.resolve(file);
        dialogs.next = path;
        robot.interact(() -> fileItem(robot, item).fire());
        await(() -> Files.exists(path));
        return path;
    }

    @Test
    void savesExportsAndOpensThe2dExperiment(FxRobot robot) throws Exception {
        robot.clickOn("Classifier");
        await(() -> vm().training().session() != null && vm().frameProperty().get() != null);
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#planeStepButton");
            int n = i + 1;
            await(() -> vm().training().iterationProperty().get() == n && !vm().training().busyProperty().get());
        }

        Path run = export(robot, "Save 2D experiment...", "run.ckpt");

        BufferedImage map = ImageIO.read(export(robot, "Export 2D decision map as PNG...", "map.png").toFile());
        BufferedImage flow = ImageIO.read(export(robot, "Export 2D flow as PNG...", "flow.png").toFile());
        assertTrue(map.getWidth() > 100 && map.getHeight() > 100, "the decision map as drawn: " + map.getWidth() + "x" + map.getHeight());
        assertTrue(flow.getWidth() > 100 && flow.getHeight() > 100, "the flow as drawn: " + flow.getWidth() + "x" + flow.getHeight());

        Path gif = export(robot, "Export 2D flow as animated GIF...", "flow.gif");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(GIF_FRAMES, reader.getNumImages(true), "one frame per step of s from 0 to 1");
        }

        List<String> csv = Files.readAllLines(export(robot, "Export 2D metrics as CSV...", "metrics.csv"));
        assertTrue(csv.get(0).startsWith("iteration,loss,nfe_forward"), csv.get(0));
        assertEquals(List.of("1", "2", "3"), csv.subList(1, csv.size()).stream().map(r -> r.split(",")[0]).toList(),
                "a row per iteration trained");

        // One more iteration, then Open: the view asks before replacing the trained model, and the saved run returns.
        robot.clickOn("#planeStepButton");
        await(() -> vm().training().iterationProperty().get() == 4 && !vm().training().busyProperty().get());
        dialogs.next = run;
        Platform.runLater(() -> fileItem(robot, "Open 2D experiment...").fire());
        awaitQuestion(robot);
        answer(robot, "Open");
        await(() -> vm().training().iterationProperty().get() == 3 && !vm().training().busyProperty().get());
        // The opened run's charts and accuracy line show how it got there.
        await(() -> window.plane().nfeChartPoints() == 3);
        String accuracy = robot.lookup("#planeAccuracy").queryAs(Label.class).getText();
        assertTrue(accuracy.matches("Accuracy: batch [0-9.]+%, test not evaluated yet \\(iteration 3\\)"), accuracy);
    }
}

package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.LatentExperiment;
import dev.neuralode.ui.density.TestConfigs;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The latent tab at the smallest window the issue names (1024x700) and at 1600x1000: nothing cut, nothing squeezed. */
@ExtendWith(ApplicationExtension.class)
class LatentLayoutTest extends WindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Override
    protected StartupOptions options() {
        return new StartupOptions(TestConfigs.small(), null, null, false)
                .onLatentTab(LatentExperiment.defaults().withData(10, 8).withTolerance(1e-3));
    }

    private void resize(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> window.latent().viewModel().inferredProperty().get() != null);
    }

    @Test
    void at1024x700TheChartsShareAColumnAndNoControlIsCut(FxRobot robot) throws Exception {
        resize(robot, 1024, 700);
        assertFalse(fx(() -> window.latent().threeColumns()), "two columns: the charts take turns in tabs");
        TabPane chartTabs = robot.lookup("#latentChartTabs").queryAs(TabPane.class);
        assertEquals(List.of("Latent space", "Training"), chartTabs.getTabs().stream().map(t -> t.getText()).toList());
        Bounds canvas = bounds(robot.lookup("#latentCanvas").query());
        assertTrue(canvas.getWidth() >= 300 && canvas.getHeight() >= 300, "the data view keeps room: " + canvas);
        Bounds chart = bounds(robot.lookup("#latentProjectionChart").query());
        assertTrue(chart.getWidth() >= 250 && chart.getHeight() >= 300, "the latent chart keeps room: " + chart);
        assertEquals(List.of(), fx(this::cutTexts), "no label, button or box shows '...' for its text");
        robot.interact(() -> chartTabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds loss = bounds(latentLossChart(robot));
        assertTrue(loss.getHeight() >= 120, "the loss chart keeps room: " + loss);
    }

    @Test
    void at1600x1000TheDataViewAndBothChartsStandSideBySide(FxRobot robot) throws Exception {
        resize(robot, 1600, 1000);
        assertTrue(fx(() -> window.latent().threeColumns()));
        Bounds data = bounds(robot.lookup("#latentCanvas").query());
        Bounds latent = bounds(robot.lookup("#latentProjectionChart").query());
        Bounds loss = bounds(latentLossChart(robot));
        assertTrue(data.getMaxX() <= latent.getMinX() && latent.getMaxX() <= loss.getMinX(), "left to right: " + data + latent + loss);
        assertEquals(List.of(), fx(this::cutTexts));
        resize(robot, 1024, 700);
        assertFalse(fx(() -> window.latent().threeColumns()), "and back when the window shrinks");
    }

    /** The latent tab's loss chart (the density tab has one with the same id). */
    private Node latentLossChart(FxRobot robot) {
        return robot.from(window.latent().tab().getContent()).lookup("#lossChart").query();
    }

    private static Bounds bounds(Node n) throws Exception {
        return fx(() -> n.localToScene(n.getBoundsInLocal()));
    }

    /** Texts of the latent tab's controls shown shortened (their skin's text differs from the control's), except the live status line. */
    private List<String> cutTexts() {
        List<String> cut = new ArrayList<>();
        collect(window.latent().tab().getContent(), cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && !"latentTrainingStatus".equals(l.getId())) {
            Node text = l.lookup(".text");
            if (text instanceof Text t && !t.getText().equals(l.getText())) {
                cut.add(l.getText() + " shown as " + t.getText());
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}

package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.LatentExperiment;
import dev.neuralode.ui.common.ChartHeader;
import dev.neuralode.ui.common.Charts;
import dev.neuralode.ui.common.IterationWindow;
import dev.neuralode.ui.common.PlannedAxis;
import dev.neuralode.ui.density.TestConfigs;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.dataset.DataSet;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The training charts of both tabs while a model trains: readable axes (three labels or more,
 * whole iterations), the loss chart's log switch and iteration window, legends in the charts,
 * charts that keep their height and scroll in a short window, and a backward NFE that is named,
 * not drawn as a flat 0, when gradients come by backpropagation.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingChartsTest extends WindowTest {

    private static final LatentExperiment SMALL = LatentExperiment.defaults().withData(10, 8).withObservations(30)
            .withTolerance(1e-3);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    /** The stage outlives the test class: give the next test the window size the others open with. */
    @AfterEach
    void restoreWindowSize() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1400);
            stage.setHeight(880);
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    protected StartupOptions options() {
        return new StartupOptions(TestConfigs.small(), null, null, false).onLatentTab(SMALL);
    }

    private static XYChart chart(FxRobot robot, Node tab, String id) {
        return robot.from(tab).lookup("#" + id).queryAs(XYChart.class);
    }

    private static List<String> labels(PlannedAxis axis) throws Exception {
        return fx(axis::drawnTickLabels);
    }

    private void trainDensity(FxRobot robot, int iterations) throws Exception {
        robot.clickOn("Density flows");
        await(() -> window.density().viewModel().training().session() != null
                && !window.density().viewModel().training().busyProperty().get());
        WaitForAsyncUtils.asyncFx(() -> window.density().viewModel().training().play());
        await(() -> window.density().viewModel().training().iterationProperty().get() >= iterations
                && window.density().nfeChartPoints() >= iterations - 2);
        WaitForAsyncUtils.asyncFx(() -> window.density().viewModel().training().pause());
        await(() -> !window.density().viewModel().training().loopingProperty().get());
    }

    @Test
    void everyTrainingAxisHasThreeLabelsAndIterationsAreWholeNumbers(FxRobot robot) throws Exception {
        trainDensity(robot, 12);
        Node tab = fx(() -> window.density().tab().getContent());
        for (String id : List.of("lossChart", "nfeChart", "secondsChart", "xrayChart")) {
            XYChart c = chart(robot, tab, id);
            await(() -> Charts.yAxis(c).drawnTickLabels().size() >= 3 && Charts.xAxis(c).drawnTickLabels().size() >= 3);
            assertTrue(labels(Charts.yAxis(c)).size() >= 3, id + " y: " + labels(Charts.yAxis(c)));
            assertTrue(labels(Charts.xAxis(c)).size() >= 3, id + " x: " + labels(Charts.xAxis(c)));
        }
        for (String id : List.of("lossChart", "nfeChart", "secondsChart")) {
            for (String label : labels(Charts.xAxis(chart(robot, tab, id)))) {
                assertTrue(label.matches("-?\\d+|-?\\d+(\\.\\d)?k"), id + ": an iteration label is a whole number: " + label);
            }
        }
        for (String label : labels(Charts.yAxis(chart(robot, tab, "nfeChart")))) {
            assertTrue(label.matches("\\d+"), "an NFE label is a whole number: " + label);
        }
    }

    @Test
    void theLossChartSwitchesToALogAxisAndToAllIterations(FxRobot robot) throws Exception {
        trainDensity(robot, 12);
        Node tab = fx(() -> window.density().tab().getContent());
        XYChart loss = chart(robot, tab, "lossChart");
        assertFalse(fx(() -> loss.legendVisibleProperty().get()), "no legend strip: the keys are in the chart's header");
        assertTrue(robot.from(tab).lookup(".chart-header-title").queryAll().size() >= 4, "each chart has its header");
        ChoiceBox<?> window = robot.from(tab).lookup("#iterationWindow").queryAs(ChoiceBox.class);
        assertEquals(IterationWindow.RECENT_HALF, fx(window::getValue));
        double recentStart = fx(() -> Charts.xAxis(loss).getMin());
        assertTrue(recentStart > 3, "the recent half leaves out the first iterations: axis from " + recentStart);

        CheckBox log = robot.from(tab).lookup("#lossLogAxis").queryAs(CheckBox.class);
        robot.clickOn(log);
        await(() -> Charts.yAxis(loss).isLogarithmic() && Charts.yAxis(loss).drawnTickLabels().size() >= 3);
        WaitForAsyncUtils.asyncFx(() -> ((ChoiceBox<IterationWindow>) window).setValue(IterationWindow.ALL));
        await(() -> Charts.xAxis(loss).isAutoRanging() && Charts.xAxis(loss).getMin() < 1);
        assertTrue(labels(Charts.yAxis(loss)).size() >= 3, "log axis labels: " + labels(Charts.yAxis(loss)));
    }

    @Test
    void inAShortWindowTheChartsKeepTheirHeightAndScroll(FxRobot robot) throws Exception {
        robot.clickOn("Density flows");
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node tab = fx(() -> window.density().tab().getContent());
        XYChart first = chart(robot, tab, "lossChart");
        await(() -> first.getHeight() > 0);
        for (String id : List.of("lossChart", "nfeChart", "secondsChart", "xrayChart")) {
            XYChart c = chart(robot, tab, id);
            assertTrue(fx(c::getHeight) >= ChartHeader.MIN_CHART_HEIGHT - 0.5, id + " is " + fx(c::getHeight) + " px tall");
        }
        assertTrue(fx(() -> scrolls(first)), "a column around the charts scrolls instead of squashing them");
    }

    /** Whether a scroll pane around the node holds more than it shows (the tab may wrap the charts' own column in another). */
    private static boolean scrolls(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s && s.getContent() != null
                    && s.getContent().getLayoutBounds().getHeight() > s.getViewportBounds().getHeight() + 0.5) {
                return true;
            }
        }
        return false;
    }

    @Test
    void backpropagationOnTheLatentTabNamesTheMissingBackwardSolve(FxRobot robot) throws Exception {
        await(() -> window.latent().viewModel().training().session() != null
                && !window.latent().viewModel().training().busyProperty().get());
        WaitForAsyncUtils.asyncFx(() -> window.latent().viewModel().training().play());
        await(() -> window.latent().iteration() >= 4);
        WaitForAsyncUtils.asyncFx(() -> window.latent().viewModel().training().pause());
        Node tab = fx(() -> window.latent().tab().getContent());
        XYChart nfe = chart(robot, tab, "nfeChart");
        await(() -> nfe.getAllDatasets().stream().anyMatch(d -> d.getDataCount() >= 3));
        assertTrue(robot.from(tab).lookup((Label l) -> "backprop: no backward solve".equals(l.getText()))
                .tryQuery().isPresent(), "the legend says why there is no backward series");
        for (DataSet d : fx(() -> List.copyOf(nfe.getAllDatasets()))) {
            assertFalse(d.getName().startsWith("backward"), "no flat backward line: " + d.getName());
        }
    }
}

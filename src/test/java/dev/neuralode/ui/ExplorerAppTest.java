package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.ui.common.PreferenceStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExplorerAppTest {

    private Stage stage;
    private ExplorerApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new ExplorerApp(PreferenceStore.inMemory(), null);
        app.start(stage);
    }

    /** Stops the explorer's threads, so that they do not run on into the next test. */
    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.stop()).get(30, TimeUnit.SECONDS);
    }

    @Test
    void windowOpensWithItsTitle(FxRobot robot) {
        assertTrue(stage.isShowing());
        assertEquals("Neural ODE Explorer", stage.getTitle());
    }

    @Test
    void allFourTabsArePresent(FxRobot robot) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        List<String> titles = tabs.getTabs().stream().map(Tab::getText).toList();
        assertEquals(List.of("Density flows", "Latent ODE", "Classifier", "Solver lab"), titles);
    }

    @Test
    void statusBarShowsTheBackendOnceTheEngineIsReady(FxRobot robot) throws Exception {
        Label backend = robot.lookup("#backendStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> backend.getText().startsWith("Engine: CPU"));
        assertTrue(backend.getText().matches("Engine: CPU \\(.*\\), \\d+ threads?; float32 on (host|ND4J) kernels, float64 on ND4J kernels"),
                backend.getText());
        Label memory = robot.lookup("#memoryStatus").queryAs(Label.class);
        assertTrue(memory.getText().startsWith("heap "), memory.getText());
    }

    @Test
    void theWindowCannotBeMadeSmallerThan1024By700(FxRobot robot) {
        assertEquals(1024, stage.getMinWidth());
        assertEquals(700, stage.getMinHeight());
        robot.interact(() -> {
            stage.setWidth(640);
            stage.setHeight(480);
        });
        assertTrue(stage.getWidth() >= 1024, "width " + stage.getWidth());
        assertTrue(stage.getHeight() >= 700, "height " + stage.getHeight());
    }

    /**
     * At the smallest size, while training (the status line is then at its longest), Play, Step,
     * Reset, Open, Save and every tab are on screen and their labels are whole, not cut to "...".
     */
    @Test
    void atTheMinimumSizeTheMainControlsAreWholeWhileTraining(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(ExplorerApp.MIN_WIDTH);
            stage.setHeight(ExplorerApp.MIN_HEIGHT);
        });
        Label status = robot.lookup("#trainingStatus").queryAs(Label.class);
        Labeled play = robot.lookup("#playButton").queryAs(Labeled.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !play.isDisabled());
        robot.clickOn(play);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> status.getText().startsWith("Training, iteration"));
        WaitForAsyncUtils.waitForFxEvents();

        Scene scene = stage.getScene();
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        // The window's own tabs (the density tab's inner panels are the density tab's layout, tested there).
        List<Labeled> controls = new ArrayList<>(robot.lookup(".tab-label").queryAllAs(Labeled.class).stream()
                .filter(l -> tabPaneOf(l) == tabs).toList());
        for (String id : List.of("#playButton", "#stepButton", "#resetButton", "#openButton", "#saveButton")) {
            controls.add(robot.lookup(id).queryAs(Labeled.class));
        }
        assertEquals(9, controls.size(), "four tab labels and five buttons");
        for (Labeled c : controls) {
            Bounds b = c.localToScene(c.getBoundsInLocal());
            String name = c.getText();
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= scene.getWidth() + 0.5
                    && b.getMinY() >= 0 && b.getMaxY() <= scene.getHeight() + 0.5, name + " inside the window: " + b);
            Text shown = (Text) c.lookup(".text");
            assertEquals(name, shown.getText(), name + " is shown whole beside the status '" + status.getText() + "'");
        }
    }

    private static TabPane tabPaneOf(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof TabPane)) {
            n = n.getParent();
        }
        return (TabPane) n;
    }

    private static void pressRedo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

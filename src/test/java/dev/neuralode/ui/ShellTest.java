package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.ui.common.PreferenceStore;
import dev.neuralode.ui.density.TestConfigs;
import dev.neuralode.ui.help.FirstRunHint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window around the explorers: Help > Guide, the diagnostics toggle, the first-run hint. Each
 * window runs on a preference store of the test's own, never the real user's.
 */
@ExtendWith(ApplicationExtension.class)
class ShellTest {

    private final PreferenceStore prefs = PreferenceStore.inMemory();
    private final List<MainWindow> windows = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        for (MainWindow w : windows) {
            WaitForAsyncUtils.asyncFx(w::close).get(30, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != stage).forEach(Window::hide)).get(10, TimeUnit.SECONDS);
    }

    /** Opens a window on this test's store, in place of the last one (a new start of the app). */
    private MainWindow open() throws Exception {
        StartupOptions options = new StartupOptions(TestConfigs.small(), null, null, false);
        MainWindow window = fx(() -> {
            MainWindow w = new MainWindow(options, new StubFileDialogs(), prefs);
            stage.setScene(new Scene(w.root(), 1400, 880));
            stage.sizeToScene(); // whatever size an earlier test class left the shared stage at
            stage.show();
            w.startExplorer(options);
            return w;
        });
        windows.add(window);
        return window;
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    private static MenuItem item(FxRobot robot, String menu, String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu m = bar.getMenus().stream().filter(x -> menu.equals(x.getText())).findFirst().orElseThrow();
        return m.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    @Test
    void helpGuideOpensWithEveryTabAndTheShortcutsFromTheMenus(FxRobot robot) throws Exception {
        MainWindow window = open();
        robot.clickOn("Help").clickOn("Guide");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.guide().isShowing()));
        TabPane guideTabs = robot.lookup("#guideTabs").queryAs(TabPane.class);
        assertEquals(List.of("Start", "Density flows", "Latent ODE", "Classifier", "Solver lab", "Terms", "Keyboard shortcuts"),
                fx(() -> guideTabs.getTabs().stream().map(t -> t.getText()).toList()));

        robot.interact(() -> item(robot, "Help", "Keyboard shortcuts").fire());
        assertEquals("Keyboard shortcuts", fx(() -> guideTabs.getSelectionModel().getSelectedItem().getText()));
        GridPane table = robot.lookup("#shortcutTable").queryAs(GridPane.class);
        List<String> cells = fx(() -> table.getChildren().stream().map(n -> ((Label) n).getText()).toList());
        // Read from the menus: the accelerators of Save (File), Step (Training) and the tab switch (View).
        assertTrue(cells.contains("Ctrl+S") && cells.contains("Save experiment"), cells.toString());
        assertTrue(cells.contains("Ctrl+T") && cells.contains("Step"), cells.toString());
        assertTrue(cells.contains("Ctrl+2") && cells.contains("Latent ODE"), cells.toString());
        assertTrue(cells.contains("Space"), cells.toString());
        assertTrue(cells.contains("F1") && cells.contains("Guide"), cells.toString());
    }

    @Test
    void theTermsSectionExplainsWhatTheViewsSay(FxRobot robot) throws Exception {
        MainWindow window = open();
        robot.interact(() -> window.guide().show("Terms"));
        List<String> terms = robot.lookup(".guide-term").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
        for (String term : List.of("s (flow time)", "NFE", "rtol and atol", "log p, clipped 8 nats below the peak",
                "Held-out NLL")) {
            assertTrue(terms.contains(term), term + " in " + terms);
        }
    }

    @Test
    void diagnosticsToggleShowsAndHidesTheStallAndMemoryFiguresAndIsRemembered(FxRobot robot) throws Exception {
        open();
        Label stalls = robot.lookup("#stallStatus").queryAs(Label.class);
        Label memory = robot.lookup("#memoryStatus").queryAs(Label.class);
        Label backend = robot.lookup("#backendStatus").queryAs(Label.class);
        assertFalse(fx(stalls::isVisible), "developer figures are off by default");
        assertFalse(fx(memory::isVisible));
        assertTrue(fx(backend::isVisible), "the backend stays in view");

        robot.clickOn("View").clickOn("Diagnostics");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(stalls::isVisible));
        assertTrue(fx(memory::isVisible));

        open(); // the next start remembers the choice
        CheckMenuItem toggle = (CheckMenuItem) item(robot, "View", "Diagnostics");
        assertTrue(fx(toggle::isSelected));
        Label stallsAgain = robot.lookup("#stallStatus").queryAs(Label.class);
        assertTrue(fx(stallsAgain::isVisible));
        robot.interact(() -> toggle.setSelected(false));
        assertFalse(fx(stallsAgain::isVisible));
        assertFalse(prefs.flag(MainWindow.DIAGNOSTICS, true));
    }

    @Test
    void theFirstRunHintShowsOnTheFirstStartOnly(FxRobot robot) throws Exception {
        MainWindow first = open();
        assertTrue(fx(() -> first.hint().isShowing()));
        assertTrue(robot.lookup("#firstRunHint").query().isVisible());
        robot.clickOn("#hintDismiss");
        assertFalse(fx(() -> first.hint().isShowing()));

        MainWindow second = open();
        assertFalse(fx(() -> second.hint().isShowing()));
        assertTrue(prefs.flag(FirstRunHint.SEEN, false));
    }

    @Test
    void theHintLeadsToTheGuide(FxRobot robot) throws Exception {
        MainWindow window = open();
        robot.clickOn("#hintOpenGuide");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> window.hint().isShowing()));
        assertTrue(fx(() -> window.guide().isShowing()));
    }
}

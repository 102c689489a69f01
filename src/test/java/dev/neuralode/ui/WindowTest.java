package dev.neuralode.ui;

import dev.neuralode.autodiff.Backend;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window opened headless with the startup options a test class chooses and file dialogs
 * it answers, closed after each test; reads on the FX thread and waits without sleeps.
 */
abstract class WindowTest {

    static {
        // Before JavaFX, as the app does (ExplorerApp#main): loading the engine's native libraries
        // beside JavaFX loading its own can deadlock in glibc's loader.
        Backend.start();
    }

    protected final StubFileDialogs dialogs = new StubFileDialogs();
    protected MainWindow window;

    /** The options the window starts with (small models, for speed). */
    protected abstract StartupOptions options();

    /** Opens the window; a subclass calls it from its own {@code @Start} method (TestFX does not look for inherited ones). */
    protected void open(Stage stage) {
        StartupOptions options = options();
        window = new MainWindow(options, dialogs);
        stage.setScene(new Scene(window.root(), 1400, 880));
        stage.show();
        window.startExplorer(options);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.close()).get(30, TimeUnit.SECONDS);
    }

    /** Reads a value on the FX thread. */
    protected static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    /** Waits until the question before discarding work ({@link dev.neuralode.ui.common.Confirm}) is shown. */
    protected static void awaitQuestion(org.testfx.api.FxRobot robot) throws Exception {
        await(() -> robot.lookup("#" + dev.neuralode.ui.common.Confirm.DIALOG_ID).tryQuery().isPresent());
    }

    /** Answers the shown question by clicking its button with this text ("Cancel", "Reset", "Open"). */
    protected static void answer(org.testfx.api.FxRobot robot, String text) {
        DialogButtons.click(robot, dev.neuralode.ui.common.Confirm.DIALOG_ID, text);
    }

    /** The File menu's first item whose text starts with {@code prefix}. */
    protected static javafx.scene.control.MenuItem fileItem(org.testfx.api.FxRobot robot, String prefix) {
        return robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> i.getText() != null && i.getText().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** Waits (up to a minute) until a condition read on the FX thread holds. */
    protected static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(condition));
    }
}

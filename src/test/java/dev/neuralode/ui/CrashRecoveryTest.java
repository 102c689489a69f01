package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.train.CnfExperiment;
import dev.neuralode.ui.common.PreferenceStore;
import dev.neuralode.ui.density.ExplorerViewModel;
import dev.neuralode.ui.density.TestConfigs;
import dev.neuralode.ui.help.FirstRunHint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window that crashes after an autosave, and the next window on the same recovery folder: it asks
 * once, and Restore brings back the drawn points and the trained iteration.
 */
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryTest extends WindowTest {

    @TempDir
    Path recoveryRoot;

    @Start
    void start(Stage stage) {
        window = recoveringWindow();
        stage.setScene(new Scene(window.root(), 1400, 880));
        stage.show();
        window.startExplorer(options());
    }

    @Override
    protected StartupOptions options() {
        return new StartupOptions(TestConfigs.small(), null, null, false);
    }

    private MainWindow recoveringWindow() {
        PreferenceStore prefs = PreferenceStore.inMemory();
        prefs.setFlag(FirstRunHint.SEEN, true);
        return new MainWindow(options(), dialogs, prefs, recoveryRoot);
    }

    private static ExplorerViewModel density(MainWindow w) {
        return w.density().viewModel();
    }

    private static boolean ready(MainWindow w) {
        return density(w).training().session() != null && !density(w).training().busyProperty().get();
    }

    @Test
    void afterACrashTheNextWindowAsksAndRestoresTheDrawnPointsAndTheIteration(FxRobot robot) throws Exception {
        await(() -> ready(window));
        robot.moveTo("#drawingCanvas").press(MouseButton.PRIMARY)
                .moveBy(30, 0).moveBy(30, 10).moveBy(20, 20).moveBy(-40, 20)
                .release(MouseButton.PRIMARY);
        await(() -> ready(window) && density(window).training().session().config().isCustomData());
        robot.clickOn("#stepButton");
        await(() -> density(window).training().iterationProperty().get() == 1);
        float[] points = fx(() -> density(window).data().state().points().toArray());
        CnfExperiment config = fx(() -> density(window).training().session().session().config());

        Path autosaved = fx(() -> window.recovery().folder()).resolve("density.ckpt");
        WaitForAsyncUtils.asyncFx(() -> window.recovery().autosaveNow()).get(10, TimeUnit.SECONDS);
        await(() -> Files.exists(autosaved));
        // The crash: no clean close, so the marker and the files stay; the operating system lets go of the lock.
        WaitForAsyncUtils.asyncFx(() -> {
            window.recovery().abandon();
            return null;
        }).get(10, TimeUnit.SECONDS);

        MainWindow next = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = recoveringWindow();
            Stage stage = new Stage();
            stage.setScene(new Scene(w.root(), 1400, 880));
            stage.show();
            w.startExplorer(options());
            return w;
        }).get(30, TimeUnit.SECONDS);
        try {
            await(() -> robot.lookup("#" + Recovery.DIALOG_ID).tryQuery().isPresent());
            DialogButtons.click(robot, Recovery.DIALOG_ID, Recovery.RESTORE);
            await(() -> ready(next) && density(next).training().iterationProperty().get() == 1
                    && config.equals(density(next).training().session().config()));
            assertArrayEquals(points, fx(() -> density(next).data().state().points().toArray()));
            assertFalse(robot.lookup("#" + Recovery.DIALOG_ID).tryQuery().isPresent(), "answered, the question is gone");
            Path moved = fx(() -> next.recovery().folder()).resolve("density.ckpt");
            assertTrue(Files.exists(moved), "the restored file is kept in the new run's folder until it closes");
            assertFalse(Files.exists(autosaved.getParent()), "the crashed run's folder is gone once restored");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                next.close();
                ((Stage) next.root().getScene().getWindow()).close();
            }).get(30, TimeUnit.SECONDS);
        }
        try (Stream<Path> left = Files.list(recoveryRoot)) {
            assertEquals(0, left.count(), "a clean close deletes the run's recovery files");
        }
    }
}

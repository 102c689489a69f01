package dev.neuralode.ui;

import dev.neuralode.ui.common.Confirm;
import dev.neuralode.ui.common.ErrorDialogs;
import dev.neuralode.ui.common.Recoverable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.util.Duration;

/**
 * Crash recovery for the window: while it runs, the tabs' experiments are autosaved into this run's
 * {@link RecoveryFolder} ({@link Autosaver}); at the start, if a run ended without closing and left
 * recovery files, the user is asked once whether to restore them, each through its tab's Open.
 * Nothing is deleted until the user says so: Discard deletes the crashed run's files, and closing
 * the question without an answer keeps them for the next start. A clean close deletes this run's
 * files, as closing the window has always let unsaved work go.
 */
final class Recovery {

    /** The restore question's dialog pane id, for tests. */
    static final String DIALOG_ID = "restoreDialog";
    static final String RESTORE = "Restore";
    static final String DISCARD = "Discard";
    /** How often the autosaver looks for changes; it writes a tab at most once a minute. */
    private static final Duration TICK = Duration.seconds(5);
    private static final System.Logger LOG = System.getLogger(Recovery.class.getName());

    private final Path root;
    private final List<Recoverable> tabs;
    private final RecoveryFolder folder;
    private final Autosaver autosaver;
    private final Timeline ticks;
    private RecoveryFolder crashed;

    /**
     * Creates and locks this run's folder under {@code root}.
     *
     * @throws IOException when the folder cannot be created (the window then runs without recovery)
     */
    Recovery(Path root, List<Recoverable> tabs) throws IOException {
        this.root = root;
        this.tabs = List.copyOf(tabs);
        folder = RecoveryFolder.create(root);
        autosaver = new Autosaver(folder.dir(), this.tabs, System::nanoTime, Platform::runLater);
        ticks = new Timeline(new KeyFrame(TICK, e -> autosaver.tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * The recovery root of the user's own runs: {@code $XDG_STATE_HOME/neural-ode-explorer/recovery}
     * (by default {@code ~/.local/state/...}) on Linux, the local application data folder on
     * Windows, Application Support on macOS.
     */
    static Path userRoot() {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("Neural ODE Explorer").resolve("recovery");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Neural ODE Explorer").resolve("recovery");
        }
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state == null || state.isBlank() ? home.resolve(".local").resolve("state") : Path.of(state);
        return base.resolve("neural-ode-explorer").resolve("recovery");
    }

    /** Starts autosaving and, when a crashed run left recovery files, asks whether to restore them (without waiting). */
    void start(Node owner) {
        ticks.play();
        try {
            crashed = RecoveryFolder.crashed(root).orElse(null);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not look for recovery files in " + root + ": " + e.getMessage());
        }
        if (crashed != null) {
            ask(owner);
        }
    }

    /** This run's folder, for tests. */
    Path folder() {
        return folder.dir();
    }

    /** Writes every tab that changed since its last autosave now, for tests (they do not wait a minute). */
    void autosaveNow() {
        autosaver.saveNow();
    }

    /**
     * Stops autosaving. Called before the tabs close, so that no autosave is queued behind their last
     * writes; {@link #close()} then deletes the files.
     */
    void stop() {
        ticks.stop();
    }

    /** The window closed cleanly: this run's recovery files are deleted, and a crashed run's left unanswered is let go. */
    void close() {
        try {
            folder.delete();
            if (crashed != null) {
                crashed.release();
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete the recovery files in " + folder.dir() + ": " + e.getMessage());
        }
    }

    /** Ends as a crash does (autosaving stops, the files and the marker stay, the lock goes), for tests. */
    void abandon() throws IOException {
        stop();
        folder.release();
    }

    private void ask(Node owner) {
        List<String> names;
        try {
            names = crashed.files().stream().map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read " + crashed.dir() + ": " + e.getMessage());
            return;
        }
        Alert alert = Confirm.question(owner, DIALOG_ID, "Restore the work from the session that ended unexpectedly?",
                "The last session did not close normally. Its autosaved experiments (" + String.join(", ", names)
                        + ") can be opened in their tabs, as autosaved up to about a minute before it ended. Discard"
                        + " deletes them; Ask next time keeps them for the next start.");
        ButtonType restore = new ButtonType(RESTORE, ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(DISCARD, ButtonBar.ButtonData.OTHER);
        // Escape and the window's close button mean this one: no answer, nothing deleted.
        ButtonType later = new ButtonType("Ask next time", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(discard, later, restore);
        alert.setOnHidden(e -> answered(owner, alert.getResult(), restore, discard));
        alert.show();
    }

    private void answered(Node owner, ButtonType answer, ButtonType restore, ButtonType discard) {
        if (answer != restore && answer != discard) {
            return;
        }
        List<String> failed = new ArrayList<>();
        try {
            if (answer == restore) {
                restore(failed);
            }
            // What could not be restored stays for the next start.
            if (failed.isEmpty()) {
                crashed.delete();
            } else {
                crashed.release();
            }
        } catch (IOException e) {
            failed.add(e.getMessage());
        }
        crashed = null;
        if (!failed.isEmpty()) {
            ErrorDialogs.show(owner, "Some recovery files could not be " + (answer == restore ? "restored" : "deleted"),
                    String.join("\n", failed) + "\n\nThey are in " + root + ".");
        }
    }

    /** Moves each file into this run's folder (so that a second crash keeps it) and opens it in its tab. */
    private void restore(List<String> failed) throws IOException {
        for (Path file : crashed.files()) {
            Optional<Recoverable> tab = tabs.stream().filter(t -> t.fileName().equals(file.getFileName().toString())).findFirst();
            if (tab.isEmpty()) {
                failed.add(file.getFileName() + " belongs to no tab of this version");
                continue;
            }
            tab.get().restore().accept(folder.adopt(file));
        }
    }
}

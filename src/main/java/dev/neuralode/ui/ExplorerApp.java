package dev.neuralode.ui;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.ui.common.PreferenceStore;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop application: one window with a tab per experiment and a status bar. */
public final class ExplorerApp extends Application {

    public static final String TITLE = "Neural ODE Explorer";
    /** The smallest window in which every tab's controls, views and charts stay usable. */
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;
    /** The size the window opens at when the screen has room for it. */
    private static final double START_WIDTH = 1400;
    private static final double START_HEIGHT = 880;

    private final PreferenceStore prefs;
    private final Path recoveryRoot;
    private MainWindow window;

    /**
     * Starts the numeric engine, then the window. The engine's native libraries are loaded before
     * JavaFX starts, never beside it: JavaCPP looks symbols up by calling dlopen from inside
     * dl_iterate_phdr, which takes glibc's loader locks in the opposite order to a plain dlopen, so
     * a JavaFX thread loading a library of its own at the same moment (the renderer's effects
     * library, seen under Xvfb) deadlocked both, and the window stayed blank for good.
     */
    public static void main(String[] args) {
        System.err.println("Starting the numeric engine (the first start unpacks about 400 MB of native libraries)...");
        try {
            Backend.start();
        } catch (RuntimeException | LinkageError e) {
            // The window's own engine start reports it in the status bar, with the fix.
        }
        launch(args);
    }

    /** The app as launched: the user's own settings and recovery folder. */
    public ExplorerApp() {
        this(null, Recovery.userRoot());
    }

    /**
     * @param prefs        where window choices are remembered; null for the user's own settings (read at start)
     * @param recoveryRoot where experiments are autosaved for crash recovery; null for none
     */
    ExplorerApp(PreferenceStore prefs, Path recoveryRoot) {
        this.prefs = prefs;
        this.recoveryRoot = recoveryRoot;
    }

    @Override
    public void start(Stage stage) {
        StartupOptions options = options(getParameters());
        window = new MainWindow(options, null, prefs != null ? prefs : PreferenceStore.user(), recoveryRoot);
        stage.setTitle(TITLE);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Open at the usual size, or smaller on a small screen, but never below the minimum.
        double width = Math.max(MIN_WIDTH, Math.min(START_WIDTH, screen.getWidth()));
        double height = Math.max(MIN_HEIGHT, Math.min(START_HEIGHT, screen.getHeight()));
        stage.setScene(new Scene(window.root(), width, height));
        keepAtLeastMinimum(stage);
        stage.show();
        window.startEngine();
        window.startExplorer(options);
    }

    /**
     * Sets the minimum size, which the window system honours when the user drags a border, and also
     * holds it against resizes from code ({@code setWidth}), which the minimum alone lets through.
     */
    static void keepAtLeastMinimum(Stage stage) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.widthProperty().addListener((o, was, now) -> {
            if (now.doubleValue() < MIN_WIDTH) {
                stage.setWidth(MIN_WIDTH);
            }
        });
        stage.heightProperty().addListener((o, was, now) -> {
            if (now.doubleValue() < MIN_HEIGHT) {
                stage.setHeight(MIN_HEIGHT);
            }
        });
    }

    /** The command-line options; a bad one is reported and the app starts with the defaults. */
    private static StartupOptions options(Parameters p) {
        if (p == null) {
            return StartupOptions.NONE;
        }
        try {
            return StartupOptions.parse(p.getNamed(), p.getUnnamed());
        } catch (IllegalArgumentException e) {
            System.err.println("Ignoring the startup options: " + e.getMessage());
            return StartupOptions.NONE;
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /** The window's content, for tests. */
    MainWindow window() {
        return window;
    }
}

package dev.neuralode.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: one window with a tab per experiment and a status bar. */
public final class ExplorerApp extends Application {

    public static final String TITLE = "Neural ODE Explorer";

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        StartupOptions options = options(getParameters());
        window = new MainWindow(options, null);
        stage.setTitle(TITLE);
        stage.setScene(new Scene(window.root(), 1400, 880));
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.show();
        window.startEngine();
        window.startExplorer(options);
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
}

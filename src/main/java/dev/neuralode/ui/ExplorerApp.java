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
        window = new MainWindow();
        stage.setTitle(TITLE);
        stage.setScene(new Scene(window.root(), 1280, 820));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        window.startEngine();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}

package dev.neuralode.ui;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.BackendInfo;
import dev.neuralode.train.BuildInfo;
import java.util.List;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * The window's content: menu bar, one tab per experiment, status bar. Starts the engine off the FX
 * thread so the window is usable while ND4J unpacks its native libraries.
 */
final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final StatusBar statusBar = new StatusBar();

    MainWindow() {
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(List.of(
                PendingTab.create("Density flows", 7,
                        "Pick or draw a 2D density, press Play and watch a continuous normalizing flow learn it,"
                                + " with live loss, NFE and step-size charts and a tolerance slider."),
                PendingTab.create("Latent ODE", 8,
                        "Irregularly sampled spirals: a latent ODE interpolates and extrapolates them,"
                                + " next to RNN baselines."),
                PendingTab.create("Classifier", 0,
                        "An ODE-Net on MNIST against a ResNet and an RK-Net: accuracy, NFE over training and"
                                + " the tolerance trade-off."),
                PendingTab.create("Solver lab", 0,
                        "Pick an ODE and a solver and see every step: step sizes, error ratios, rejections"
                                + " and dense output.")));
        root.setTop(menuBar());
        root.setCenter(tabs);
        root.setBottom(statusBar.node());
    }

    Parent root() {
        return root;
    }

    /** Starts ND4J on a daemon thread and reports progress and the result in the status bar. */
    void startEngine() {
        Task<BackendInfo> startup = new Task<>() {
            @Override
            protected BackendInfo call() {
                updateMessage("Starting the numeric engine (the first start unpacks about 400 MB of native libraries)...");
                return Backend.start();
            }
        };
        statusBar.showStartup(startup);
        Thread thread = new Thread(startup, "engine-startup");
        thread.setDaemon(true);
        thread.start();
    }

    void close() {
        statusBar.stop();
    }

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("File", null, quit);

        Menu view = new Menu("View");
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            MenuItem item = new MenuItem(tab.getText());
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            item.setOnAction(e -> tabs.getSelectionModel().select(tab));
            view.getItems().add(item);
        }

        MenuItem about = new MenuItem("About");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("Help", null, about);
        return new MenuBar(file, view, help);
    }

    private void showAbout() {
        BackendInfo info = Backend.infoOrNull();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("About " + ExplorerApp.TITLE);
        alert.setHeaderText(ExplorerApp.TITLE + " " + BuildInfo.version());
        alert.setContentText("Chen, Rubanova, Bettencourt, Duvenaud: Neural Ordinary Differential Equations"
                + " (NeurIPS 2018), made visible.\n\nEngine: " + (info == null ? "starting" : info.describe()));
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }
}

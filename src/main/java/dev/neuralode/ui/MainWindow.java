package dev.neuralode.ui;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.BackendInfo;
import dev.neuralode.train.BuildInfo;
import dev.neuralode.train.Flow2dExperiment;
import dev.neuralode.ui.classifier.ClassifierTab;
import dev.neuralode.ui.common.FileDialogs;
import dev.neuralode.ui.common.PreferenceStore;
import dev.neuralode.ui.density.DensityTab;
import dev.neuralode.ui.help.FirstRunHint;
import dev.neuralode.ui.help.GuideWindow;
import dev.neuralode.ui.lab.LabTab;
import dev.neuralode.ui.latent.LatentTab;
import dev.neuralode.ui.plane.PlaneView;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The window's content: menu bar, one tab per experiment, status bar. Starts the engine off the FX
 * thread so the window is usable while ND4J unpacks its native libraries. Remembers the user's
 * window choices (diagnostics, the first-run hint) in the {@link PreferenceStore} it is given.
 */
final class MainWindow {

    /** The preference that shows the status bar's FX stall and memory figures. */
    static final String DIAGNOSTICS = "diagnostics";

    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final StatusBar statusBar = new StatusBar();
    private final DensityTab density;
    private final LatentTab latent;
    private final PlaneView plane;
    private final ClassifierTab classifier;
    private final LabTab lab;
    private final PulseMonitor pulseMonitor;
    private final PreferenceStore prefs;
    private final FirstRunHint hint;
    private final Recovery recovery;
    private GuideWindow guide;

    /**
     * A window with settings of its own that start as a returning user's (no first-run hint), so that
     * nothing floats over the controls a test drives.
     */
    MainWindow(StartupOptions options, FileDialogs dialogs) {
        this(options, dialogs, returningUser());
    }

    /** A window that remembers its choices in {@code prefs} and keeps no recovery files. */
    MainWindow(StartupOptions options, FileDialogs dialogs, PreferenceStore prefs) {
        this(options, dialogs, prefs, null);
    }

    /**
     * @param dialogs      file choosers for the density tab, or null for the native ones
     * @param prefs        where the window's choices are remembered between starts
     * @param recoveryRoot where the tabs' experiments are autosaved for crash recovery, or null for no
     *                     recovery (a window whose folder cannot be created runs without it, and says so)
     */
    MainWindow(StartupOptions options, FileDialogs dialogs, PreferenceStore prefs, Path recoveryRoot) {
        this.prefs = prefs;
        density = new DensityTab(options.config(), dialogs);
        latent = new LatentTab(options.latent(), dialogs);
        plane = new PlaneView(Flow2dExperiment.defaults(), dialogs);
        classifier = new ClassifierTab(dialogs, plane);
        lab = new LabTab();
        pulseMonitor = new PulseMonitor(() -> density.trainingProperty().get() || latent.trainingProperty().get()
                || classifier.trainingProperty().get() || plane.trainingProperty().get());
        statusBar.showStalls(pulseMonitor.textProperty());
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(List.of(
                density.tab(),
                latent.tab(),
                classifier.tab(),
                lab.tab()));
        hint = new FirstRunHint(prefs, this::showGuide);
        // The hint has done its work once the user has found Play.
        density.trainingProperty().addListener((o, was, now) -> {
            if (now) {
                hint.dismiss();
            }
        });
        latent.trainingProperty().addListener((o, was, now) -> {
            if (now) {
                hint.dismiss();
            }
        });
        root.setTop(menuBar());
        root.setCenter(new StackPane(tabs, hint.node()));
        root.setBottom(statusBar.node());
        recovery = recoveryRoot == null ? null : recovery(recoveryRoot);
    }

    private Recovery recovery(Path recoveryRoot) {
        try {
            return new Recovery(recoveryRoot, List.of(density.recoverable(), latent.recoverable(), classifier.recoverable(),
                    plane.recoverable()));
        } catch (IOException e) {
            System.err.println("Running without crash recovery: could not create a folder in " + recoveryRoot + " ("
                    + e.getMessage() + ")");
            return null;
        }
    }

    private static PreferenceStore returningUser() {
        PreferenceStore store = PreferenceStore.inMemory();
        store.setFlag(FirstRunHint.SEEN, true);
        return store;
    }

    Parent root() {
        return root;
    }

    DensityTab density() {
        return density;
    }

    LatentTab latent() {
        return latent;
    }

    PlaneView plane() {
        return plane;
    }

    ClassifierTab classifier() {
        return classifier;
    }

    LabTab lab() {
        return lab;
    }

    FirstRunHint hint() {
        return hint;
    }

    /** Crash recovery, or null when the window keeps no recovery files. */
    Recovery recovery() {
        return recovery;
    }

    /** The guide window, built on first use. */
    GuideWindow guide() {
        if (guide == null) {
            guide = new GuideWindow(root.getScene().getWindow(), (MenuBar) root.getTop());
        }
        return guide;
    }

    /** Starts the explorers: their first models, then what the startup options ask for. */
    void startExplorer(StartupOptions options) {
        pulseMonitor.start();
        density.start();
        latent.start();
        classifier.start();
        lab.start();
        if (options.data() != null) {
            density.importFile(options.data());
        }
        if (options.open() != null) {
            density.viewModel().open(options.open());
        }
        if (options.series() != null) {
            latent.importFile(options.series());
        }
        if (recovery != null) {
            recovery.start(root);
        }
        boolean onLatent = StartupOptions.LATENT.equals(options.tab());
        if (onLatent) {
            tabs.getSelectionModel().select(latent.tab());
        }
        if (options.play()) {
            if (onLatent) {
                latent.playWhenReady();
            } else {
                density.playWhenReady();
            }
        }
    }

    /**
     * Starts ND4J on a daemon thread and reports progress and the result in the status bar. The app
     * has usually started it already, before JavaFX ({@link ExplorerApp#main}, which says why); then
     * this only reports it.
     */
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

    /** Stops everything; the tabs' last writes finish before the recovery files, no longer needed, are deleted. */
    void close() {
        if (recovery != null) {
            recovery.stop();
        }
        pulseMonitor.stop();
        density.close();
        latent.close();
        classifier.close();
        lab.close();
        statusBar.stop();
        if (recovery != null) {
            recovery.close();
        }
    }

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        // The File, Edit and Training items act on the density explorer: only while its tab is shown,
        // so that Ctrl+S on another tab does not save (or Ctrl+O replace) an experiment out of sight.
        BooleanBinding densityHidden = tabs.getSelectionModel().selectedItemProperty().isNotEqualTo(density.tab());
        List<MenuItem> fileItems = new ArrayList<>(density.fileMenuItems());
        List<Menu> densityMenus = density.menus();
        Stream.concat(fileItems.stream(), densityMenus.stream().flatMap(m -> m.getItems().stream()))
                .forEach(item -> item.disableProperty().bind(densityHidden));
        BooleanBinding latentHidden = tabs.getSelectionModel().selectedItemProperty().isNotEqualTo(latent.tab());
        List<MenuItem> latentItems = latent.fileMenuItems();
        latentItems.forEach(item -> item.disableProperty().bind(latentHidden));
        fileItems.add(new SeparatorMenuItem());
        fileItems.addAll(latentItems);
        fileItems.add(new SeparatorMenuItem());
        fileItems.addAll(classifier.fileMenuItems());
        fileItems.add(new SeparatorMenuItem());
        fileItems.add(quit);
        Menu file = new Menu("File", null, fileItems.toArray(MenuItem[]::new));

        Menu view = new Menu("View");
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            MenuItem item = new MenuItem(tab.getText());
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (i + 1)));
            item.setOnAction(e -> tabs.getSelectionModel().select(tab));
            view.getItems().add(item);
        }
        view.getItems().addAll(new SeparatorMenuItem(), diagnosticsItem());

        MenuItem guideItem = new MenuItem("Guide");
        guideItem.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        guideItem.setOnAction(e -> showGuide());
        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setOnAction(e -> {
            hint.dismiss();
            guide().show(GuideWindow.SHORTCUTS);
        });
        MenuItem about = new MenuItem("About");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu("Help", null, guideItem, keys, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file);
        bar.getMenus().addAll(densityMenus);
        bar.getMenus().addAll(view, help);
        return bar;
    }

    /** Opens the guide; the first-run hint, which points there, has then done its work. */
    private void showGuide() {
        hint.dismiss();
        guide().show();
    }

    /** View > Diagnostics: the developer's figures in the status bar, remembered between starts. */
    private CheckMenuItem diagnosticsItem() {
        CheckMenuItem item = new CheckMenuItem("Diagnostics");
        item.setId("diagnosticsToggle");
        item.setSelected(prefs.flag(DIAGNOSTICS, false));
        statusBar.diagnosticsProperty().bind(item.selectedProperty());
        item.selectedProperty().addListener((o, was, now) -> prefs.setFlag(DIAGNOSTICS, now));
        return item;
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

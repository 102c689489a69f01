package dev.neuralode.ui.latent;

import dev.neuralode.train.LatentExperiment;
import dev.neuralode.ui.common.Banner;
import dev.neuralode.ui.common.Buttons;
import dev.neuralode.ui.common.ControlBar;
import dev.neuralode.ui.common.ErrorDialogs;
import dev.neuralode.ui.common.ExplorerExecutors;
import dev.neuralode.ui.common.FileDialogs;
import dev.neuralode.ui.common.FileDrops;
import dev.neuralode.ui.common.FxFileDialogs;
import dev.neuralode.ui.common.MetricCharts;
import dev.neuralode.ui.common.Recoverable;
import dev.neuralode.ui.common.SceneKeys;
import dev.neuralode.ui.common.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.event.EventHandler;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Latent ODE" tab: pick or import an irregular series, watch a latent ODE (Chen et al. 2018,
 * section 5) reconstruct and extrapolate it with posterior samples, edit its observations with the
 * mouse and see the posterior follow, while the model trains. Owns its two threads (engine and
 * inference) and the animation timer that applies their news once per pulse.
 *
 * <p>Shortcuts while the tab is shown, the density tab's where they mean the same: Space
 * play/pause, Ctrl+T step, Ctrl+R reset, Ctrl+Z undo an edit, Ctrl+I import series, Ctrl+O open,
 * Ctrl+S save, Ctrl+E export the view. They are taken by a scene filter before the menu
 * accelerators, so they act on this tab, not the density explorer's menus.
 */
public final class LatentTab {

    private final ExecutorService engine = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("latent-engine"));
    private final ExecutorService inference = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("latent-inference"));
    private final ExecutorService work = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("latent-work"));
    private final LatentViewModel vm;
    private final MetricCharts metrics = new MetricCharts(false);
    private final LatentCharts latentCharts;
    private final BorderPane content = new BorderPane();
    private final NewModelGuard guard;
    private final LatentFileActions actions;
    private final LatentLayout layout;
    private final Tab tab;
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            vm.pulse();
            metrics.refresh(vm.training().history(), vm.training().latestProperty().get(), now);
            latentCharts.refresh();
            if (playRequested && vm.training().session() != null && !vm.training().busyProperty().get()) {
                playRequested = false;
                vm.training().play();
            }
        }
    };
    private boolean playRequested;

    /**
     * @param initial the experiment of the first session
     * @param dialogs file choosers, or null for the native ones
     */
    public LatentTab(LatentExperiment initial, FileDialogs dialogs) {
        vm = new LatentViewModel(initial, engine, inference, work, Platform::runLater, System::nanoTime);
        FileDialogs chooser = dialogs != null ? dialogs
                : new FxFileDialogs(() -> content.getScene() == null ? null : content.getScene().getWindow());
        latentCharts = new LatentCharts(vm);
        LatentTrainingViewModel t = vm.training();
        t.setOnError(message -> ErrorDialogs.show(content, "The latent ODE could not be trained or opened", message));
        guard = new NewModelGuard(vm, content, this::playWhenReady);

        Label message = new Label();
        message.setId("latentMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        SeriesCanvas canvas = new SeriesCanvas(vm);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        Label hint = new Label("Click: add an observation. Click one, right-click or Shift+click: remove it.");
        hint.setId("latentHint");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        // Wrapped to their full height: a label squeezed to one line would cut the message short.
        message.setMinHeight(Region.USE_PREF_SIZE);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox dataView = new VBox(4, canvas, message, hint);
        dataView.setStyle("-fx-padding: 4;");
        layout = new LatentLayout(dataView, latentCharts.node(), metrics.node());
        actions = new LatentFileActions(vm, chooser, content, layout.node(), guard);

        ScrollPane sidebar = new ScrollPane(new LatentPanel(vm, actions::importSeries, guard).node());
        sidebar.setFitToWidth(true);
        sidebar.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sidebar.setPrefWidth(290);
        sidebar.setMinWidth(250);

        Banner failure = new Banner("latentFailureBanner", "banner-warning", "Training stopped", t.failureProperty(),
                Buttons.button("Dismiss", "latentDismissFailure", "Hide this message", t::dismissFailure));
        content.setTop(new ControlBar("latent", t, this::reset).node());
        content.setLeft(sidebar);
        content.setCenter(Banner.overlay(layout.node(), failure));
        content.getStyleClass().add("density-tab");
        content.getStylesheets().add(Styles.sheet());
        FileDrops.accept(content, actions::dropped);
        SceneKeys.install(content, keys);
        tab = new Tab("Latent ODE", content);
        tab.setId("tab-latent-ode");
    }

    public Tab tab() {
        return tab;
    }

    public LatentViewModel viewModel() {
        return vm;
    }

    /** Whether training runs, for the window's pulse monitor. */
    public ReadOnlyBooleanProperty trainingProperty() {
        return vm.training().runningProperty();
    }

    /** Items for the window's File menu (open, save, import, export), to be enabled while this tab is shown. */
    public List<MenuItem> fileMenuItems() {
        return actions.fileMenuItems();
    }

    /** Points of the projected mean latent trajectory on its chart, for tests. */
    public int latentChartPoints() {
        return latentCharts.latentPoints();
    }

    /** Whether the data view, latent charts and training charts are side by side (else the charts share a column), for tests. */
    public boolean threeColumns() {
        return layout.threeColumns();
    }

    /** Points on the loss chart, for tests. */
    public int lossChartPoints() {
        return metrics.lossPoints();
    }

    /** The iteration shown, for tests and scripts. */
    public long iteration() {
        return vm.training().iterationProperty().get();
    }

    /** Starts training once the model is ready (the {@code --play} option). */
    public void playWhenReady() {
        playRequested = true;
    }

    /**
     * The experiment as crash recovery keeps it: the file Save writes (with the series shown and its
     * edits), written on this tab's file thread and restored through Open.
     */
    public Recoverable recoverable() {
        return new Recoverable("latent.ckpt", vm::recoveryState, vm::snapshot, work, vm::open);
    }

    /** Starts the per-pulse updates and creates the first model. */
    public void start() {
        pulse.start();
        vm.start();
    }

    /** Stops training within one iteration and the threads with it (the window is closing). */
    public void close() {
        pulse.stop();
        vm.close();
        ExplorerExecutors.shutDown(engine, inference, work);
    }

    /** Shows the series of a file; a malformed one leaves the series as they were and names the line. */
    public void importFile(Path file) {
        actions.importFile(file);
    }

    /** Reset: a new model with the settings shown, after asking when a trained model would be lost. */
    private void reset() {
        guard.replaceModel("Reset", false, vm::reset);
    }

    private void keyPressed(KeyEvent e) {
        if (!tab.isSelected() || e.isAltDown()) {
            return;
        }
        boolean typing = SceneKeys.typing(content);
        Runnable action = null;
        if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && !typing) {
            action = vm.training()::togglePlay;
        } else if (e.isShortcutDown() && !e.isShiftDown()) {
            action = switch (e.getCode()) {
                case T -> vm.training()::step;
                case R -> this::reset;
                case Z -> typing ? null : vm::undo;
                case I -> actions::importSeries;
                case O -> actions::open;
                case S -> actions::save;
                case E -> actions::exportViewPng;
                default -> null;
            };
        }
        if (action != null) {
            action.run();
            e.consume();
        }
    }
}

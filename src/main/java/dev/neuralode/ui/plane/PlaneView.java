package dev.neuralode.ui.plane;

import dev.neuralode.train.Flow2dExperiment;
import dev.neuralode.ui.common.Banner;
import dev.neuralode.ui.common.Buttons;
import dev.neuralode.ui.common.ChartColumn;
import dev.neuralode.ui.common.Confirm;
import dev.neuralode.ui.common.ControlBar;
import dev.neuralode.ui.common.ErrorDialogs;
import dev.neuralode.ui.common.ExplorerExecutors;
import dev.neuralode.ui.common.FileDialogs;
import dev.neuralode.ui.common.FileJobs;
import dev.neuralode.ui.common.FxFileDialogs;
import dev.neuralode.ui.common.MetricCharts;
import dev.neuralode.ui.common.Recoverable;
import dev.neuralode.ui.common.SceneKeys;
import dev.neuralode.ui.common.Styles;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Classifier tab's 2D view as one node: a flow classifies points of the plane (TensorFlow
 * Playground's task) and the user sees the plane move. Controls on the left; the decision map and
 * the flow in the middle; accuracy, loss and NFE charts on the right. Owns its threads (engine,
 * frames, files) and the animation timer that applies their news once per pulse.
 *
 * <p>Shortcuts while it is shown: Space play/pause, Ctrl+T step, Ctrl+R reset.
 */
public final class PlaneView {

    private final ExecutorService engine = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("plane-engine"));
    private final ExecutorService painter = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("plane-frames"));
    private final ExecutorService files = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("plane-files"));
    private final PlaneViewModel vm;
    private final AccuracyChart accuracy = new AccuracyChart();
    private final MetricCharts metrics = new MetricCharts(false, accuracy.chart());
    private final BorderPane content = new BorderPane();
    private final FlowPanel flowPanel;
    private final PlaneFiles planeFiles;
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final AnimationTimer pulse = new AnimationTimer() {
        private PlaneFrame painted;

        @Override
        public void handle(long now) {
            vm.pulse();
            // A new frame repaints both canvases in this pulse; the charts wait for the next one, so
            // that software rendering does not paint all of them in one pulse (docs/explorers.md).
            PlaneFrame f = vm.frameProperty().get();
            if (f == painted) {
                metrics.refresh(vm.training().history(), vm.training().latestProperty().get(), now);
                accuracy.refresh(vm.training().accuracyHistory(), now);
            }
            painted = f;
            flowPanel.tick(now);
        }
    };

    /**
     * @param initial the experiment of the first session
     * @param dialogs file choosers, or null for the native ones
     */
    public PlaneView(Flow2dExperiment initial, FileDialogs dialogs) {
        vm = new PlaneViewModel(initial, engine, painter, Platform::runLater, System::nanoTime);
        PlaneTrainingViewModel t = vm.training();
        t.setOnError(message -> ErrorDialogs.show(content, "The 2D classifier could not be trained", message));
        FileDialogs chooser = dialogs != null ? dialogs
                : new FxFileDialogs(() -> content.getScene() == null ? null : content.getScene().getWindow());
        FileJobs jobs = new FileJobs(files, Platform::runLater);
        jobs.setOnError(message -> ErrorDialogs.show(content, "The file was not written", message));

        ScrollPane sidebar = new ScrollPane(new PlaneControls(vm, this::allowNewModel).node());
        sidebar.setFitToWidth(true);
        sidebar.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sidebar.setPrefWidth(260);
        sidebar.setMinWidth(220);

        MapCanvas map = new MapCanvas(vm);
        flowPanel = new FlowPanel(vm);
        planeFiles = new PlaneFiles(vm, chooser, jobs, map, flowPanel.canvas(), content, this::allowNewModel);
        Label message = label("planeMessage", "");
        message.textProperty().bind(vm.messageProperty());
        Label accuracyLine = label("planeAccuracy", "");
        accuracyLine.textProperty().bind(t.accuracyProperty());
        Label fileStatus = label("planeFileStatus", "");
        fileStatus.textProperty().bind(jobs.messageProperty());
        VBox.setVgrow(map, Priority.ALWAYS);
        VBox mapBox = new VBox(4, map, accuracyLine, message, fileStatus);
        mapBox.setStyle("-fx-padding: 4;");
        Region charts = metrics.node();
        charts.setMinWidth(ChartColumn.MIN_WIDTH);
        SplitPane centre = new SplitPane(mapBox, flowPanel.node(), charts);
        centre.setDividerPositions(0.37, 0.74);

        Banner failure = new Banner("planeFailureBanner", "banner-warning", "Training stopped", t.failureProperty(),
                Buttons.button("Dismiss", "planeDismissFailure", "Hide this message", t::dismissFailure));
        content.setTop(new ControlBar("plane", t, this::resetAsked).node());
        content.setLeft(sidebar);
        content.setCenter(Banner.overlay(centre, failure));
        content.getStyleClass().add("density-tab");
        content.getStylesheets().add(Styles.sheet());
        content.setId("planeView");
        SceneKeys.install(content, keys);
    }

    private static Label label(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    public Node node() {
        return content;
    }

    public PlaneViewModel viewModel() {
        return vm;
    }

    /** Whether training runs, for the window's pulse monitor. */
    public ReadOnlyBooleanProperty trainingProperty() {
        return vm.training().runningProperty();
    }

    /** Open, Save and the exports; the owner enables them only while this view is shown. */
    public List<MenuItem> fileMenuItems() {
        return planeFiles.menuItems();
    }

    /** The iteration shown, for tests and scripts. */
    public long iteration() {
        return vm.training().iterationProperty().get();
    }

    /** Points on the NFE chart, for tests. */
    public int nfeChartPoints() {
        return metrics.nfePoints();
    }

    /** Test-accuracy points on the accuracy chart, for tests. */
    public int testAccuracyPoints() {
        return accuracy.testPoints();
    }

    /**
     * The run as crash recovery keeps it: the checkpoint Save writes (with the drawn points), written
     * on this view's file thread and restored through Open.
     */
    public Recoverable recoverable() {
        return new Recoverable("flow2d.ckpt", vm::recoveryState, vm::snapshot, files, vm::open);
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
        ExplorerExecutors.shutDown(engine, painter, files);
    }

    /** Whether a change that needs a new model may go ahead: asks when a trained model would be lost. */
    private boolean allowNewModel(String action) {
        long n = vm.training().iterationProperty().get();
        return n == 0 || Confirm.discard(content, action, String.format(Locale.ROOT, "the model trained for %,d iterations", n));
    }

    private void resetAsked() {
        if (allowNewModel("Reset")) {
            vm.reset();
        }
    }

    /** Whether the view is on screen (in a scene, and it and every parent visible: the tab and the switch show it). */
    private boolean shown() {
        if (content.getScene() == null) {
            return false;
        }
        for (Parent p = content; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void keyPressed(KeyEvent e) {
        if (!shown() || e.isAltDown()) {
            return;
        }
        boolean typing = SceneKeys.typing(content);
        Runnable action = null;
        if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && !typing) {
            action = vm.training()::togglePlay;
        } else if (e.isShortcutDown() && !e.isShiftDown()) {
            action = switch (e.getCode()) {
                case T -> vm.training()::step;
                case R -> this::resetAsked;
                default -> null;
            };
        }
        if (action != null) {
            action.run();
            e.consume();
        }
    }
}

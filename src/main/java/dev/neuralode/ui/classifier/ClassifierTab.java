package dev.neuralode.ui.classifier;

import dev.neuralode.data.Mnist;
import dev.neuralode.ui.common.Banner;
import dev.neuralode.ui.common.Buttons;
import dev.neuralode.ui.common.Confirm;
import dev.neuralode.ui.common.ControlBar;
import dev.neuralode.ui.common.ErrorDialogs;
import dev.neuralode.ui.common.ExplorerExecutors;
import dev.neuralode.ui.common.FadingMessage;
import dev.neuralode.ui.common.FileDialogs;
import dev.neuralode.ui.common.FileDrops;
import dev.neuralode.ui.common.FxFileDialogs;
import dev.neuralode.ui.common.Recoverable;
import dev.neuralode.ui.common.SceneKeys;
import dev.neuralode.ui.common.Styles;
import dev.neuralode.ui.plane.PlaneView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The "Classifier" tab: a switch at its top between the MNIST view and the 2D view ({@link PlaneView}).
 * The MNIST view: train an ODE-Net (or a ResNet, RK-Net, or neither) on MNIST and
 * watch its loss, validation error, NFE and time per iteration; sweep the test-time tolerance; see the
 * digits it misreads; draw a digit and see it read, with its features flowing towards a class. Owns
 * its threads (engine, reader, work) and the animation timer that applies their news once per pulse.
 *
 * <p>Shortcuts while the tab is shown, the other tabs' where they mean the same: Space play/pause,
 * Ctrl+T step, Ctrl+R reset, Ctrl+O open a checkpoint, Ctrl+S save, Delete clears the pad. A scene
 * filter takes them before the menu accelerators, so they act on this tab. Each view builds its first
 * model when it is first shown.
 */
public final class ClassifierTab {

    static final FileChooser.ExtensionFilter CHECKPOINTS = new FileChooser.ExtensionFilter(
            "MNIST checkpoints (*.ckpt, written by train mnist or Save)", "*.ckpt");

    private final ExecutorService engine = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("mnist-engine"));
    private final ExecutorService reader = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("mnist-reader"));
    private final ExecutorService work = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("mnist-work"));
    private final ClassifierViewModel vm;
    private final TrainingCharts charts;
    private final SweepPanel sweep;
    private final DrawingPanel drawing;
    private final BorderPane content = new BorderPane();
    private final PlaneView plane;
    private final ViewSwitch views = new ViewSwitch();
    private final BooleanBinding mnistShown;
    private final BooleanBinding planeShown;
    private final FileDialogs dialogs;
    private final Tab tab;
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            vm.pulse();
            charts.refresh(now);
            sweep.refresh();
            if (playRequested && vm.training().session() != null && !vm.training().busyProperty().get()) {
                playRequested = false;
                vm.training().play();
            }
        }
    };
    private boolean playRequested;

    /**
     * @param dialogs file choosers, or null for the native ones
     * @param plane   the 2D view, shown when the switch says 2D
     */
    public ClassifierTab(FileDialogs dialogs, PlaneView plane) {
        this(ClassifierSettings.DEFAULT, Mnist.DEFAULT_DIRECTORY, dialogs, plane);
    }

    ClassifierTab(ClassifierSettings initial, Path mnist, FileDialogs dialogs, PlaneView plane) {
        this.plane = plane;
        vm = new ClassifierViewModel(initial, new ExplorerExecutors(engine, reader, work, Platform::runLater), mnist,
                System::nanoTime);
        this.dialogs = dialogs != null ? dialogs
                : new FxFileDialogs(() -> content.getScene() == null ? null : content.getScene().getWindow());
        charts = new TrainingCharts(vm);
        sweep = new SweepPanel(vm.sweep(), vm.training()::session);
        drawing = new DrawingPanel(vm.drawing());
        vm.training().setOnError(message -> ErrorDialogs.show(content, "The classifier could not be trained", message));
        vm.jobs().setOnError(message -> ErrorDialogs.show(content, "The model was not saved", message));
        vm.settingsProperty().addListener((o, a, s) -> drawing.path().setModel(s.model()));

        ScrollPane sidebar = new ScrollPane(new ModelPanel(vm).node());
        sidebar.setFitToWidth(true);
        sidebar.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sidebar.setPrefWidth(235);
        sidebar.setMinWidth(210);

        TabPane right = new TabPane(new Tab("Training", charts.node()), new Tab("Tolerance sweep", sweep.node()),
                new Tab("Misread digits", new GalleryPanel(vm.gallery(), vm.training()::session).node()));
        right.setId("mnistViews");
        right.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane centre = new SplitPane(drawing.node(), right);
        centre.setDividerPositions(0.4);
        // SplitPane keeps the pad's width when the window shrinks; a narrow window needs the room for the charts.
        centre.widthProperty().addListener((o, before, now) -> centre.setDividerPositions(0.4));

        content.setTop(new VBox(controlBar(), cpuNote()));
        content.setLeft(sidebar);
        content.setCenter(Banner.overlay(centre, failureBanner()));
        content.getStyleClass().addAll("density-tab", "classifier-tab");
        content.getStylesheets().addAll(Styles.sheet(), ClassifierTab.class.getResource("classifier.css").toExternalForm());
        FileDrops.accept(content, this::openFile);
        SceneKeys.install(content, keys);
        content.visibleProperty().bind(views.mnistChosen());
        plane.node().visibleProperty().bind(views.planeChosenProperty());
        BorderPane both = new BorderPane(new StackPane(content, plane.node()));
        both.setTop(views.node());
        tab = new Tab("Classifier", both);
        tab.setId("tab-classifier");
        mnistShown = tab.selectedProperty().and(views.mnistChosen());
        planeShown = tab.selectedProperty().and(views.planeChosenProperty());
    }

    public Tab tab() {
        return tab;
    }

    public ClassifierViewModel viewModel() {
        return vm;
    }

    /** Whether the MNIST view trains, for the window's pulse monitor. */
    public ReadOnlyBooleanProperty trainingProperty() {
        return vm.training().runningProperty();
    }

    /** Items for the window's File menu, each enabled only while its view is shown. */
    public List<MenuItem> fileMenuItems() {
        MenuItem open = new MenuItem("Open MNIST checkpoint...");
        open.setOnAction(e -> openCheckpoint());
        MenuItem save = new MenuItem("Save MNIST checkpoint...");
        save.setOnAction(e -> saveCheckpoint());
        List<MenuItem> items = new ArrayList<>(List.of(open, save));
        items.forEach(item -> item.disableProperty().bind(mnistShown.not()));
        List<MenuItem> planeItems = plane.fileMenuItems();
        planeItems.forEach(item -> item.disableProperty().bind(planeShown.not()));
        items.add(new SeparatorMenuItem());
        items.addAll(planeItems);
        return items;
    }

    /** Shows the 2D view (true) or the MNIST view (false), as the switch at the tab's top does. */
    public void showPlane(boolean shown) {
        views.choosePlane(shown);
    }

    /** The iteration shown, for tests and scripts. */
    public long iteration() {
        return vm.training().iterationProperty().get();
    }

    /** Points on the NFE chart, for tests. */
    public int nfeChartPoints() {
        return charts.nfePoints();
    }

    /** Points on the validation error chart, for tests. */
    public int validationChartPoints() {
        return charts.validationPoints();
    }

    /** Starts training once the model is ready (the {@code --play} option). */
    public void playWhenReady() {
        playRequested = true;
    }

    /**
     * Starts the per-pulse updates; each view's first model is built when the view is first shown, so
     * that a window used for the other tabs never reads MNIST (47 MB) or competes with their first models.
     */
    public void start() {
        pulse.start();
        whenFirstTrue(mnistShown, vm::start);
        whenFirstTrue(planeShown, plane::start);
    }

    private static void whenFirstTrue(BooleanExpression condition, Runnable action) {
        if (condition.get()) {
            action.run();
            return;
        }
        condition.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    condition.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /**
     * The MNIST run as crash recovery keeps it: the checkpoint Save writes, written on this tab's
     * file thread and restored through Open (as unsaved work). The 2D view keeps its own.
     */
    public Recoverable recoverable() {
        return new Recoverable("mnist.ckpt", vm::recoveryState, vm::snapshot, work, vm::recover);
    }

    /** Stops training within one iteration and the threads with it (the window is closing). */
    public void close() {
        pulse.stop();
        plane.close();
        vm.close();
        ExplorerExecutors.shutDown(engine, reader, work);
    }

    /** Asks for a checkpoint and opens it, after asking whether to discard a trained model. */
    void openCheckpoint() {
        dialogs.open("Open an MNIST checkpoint", List.of(CHECKPOINTS)).ifPresent(this::openFile);
    }

    /** Opens a checkpoint (a dropped file, or the one chosen); errors name the file and the fix. */
    public void openFile(Path file) {
        String loss = vm.unsavedWork();
        if (loss == null || Confirm.discard(content, "Open", loss)) {
            vm.open(file);
        }
    }

    void saveCheckpoint() {
        if (vm.training().session() == null) {
            return;
        }
        dialogs.save("Save the MNIST model", "mnist.ckpt", CHECKPOINTS).ifPresent(vm::save);
    }

    private void confirmedReset() {
        String loss = vm.unsavedWork();
        if (loss == null || Confirm.discard(content, "Reset", loss)) {
            vm.reset();
        }
    }

    private Node controlBar() {
        ClassifierTrainingViewModel t = vm.training();
        Button open = Buttons.button("Open...", "mnistOpenButton", "Open a checkpoint written by train mnist or Save (Ctrl+O)",
                this::openCheckpoint);
        Button save = Buttons.button("Save...", "mnistSaveButton", "Save the weights and progress (Ctrl+S)", this::saveCheckpoint);
        save.disableProperty().bind(t.sessionProperty().isNull());
        Label files = new Label();
        files.setId("mnistFileStatus");
        files.getStyleClass().add("muted");
        files.setMaxWidth(320);
        FadingMessage.attach(files, vm.jobs().messageProperty());
        Node bar = new ControlBar("mnist", t, this::confirmedReset, files, ControlBar.separator(), open, save).node();
        // In a narrow window the status line gives way, not the buttons.
        for (String id : new String[] {"#mnistStepButton", "#mnistResetButton"}) {
            ((Region) bar.lookup(id)).setMinWidth(Region.USE_PREF_SIZE);
        }
        open.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    private static Node cpuNote() {
        Label note = new Label("MNIST on a CPU is slow: the paper's recipe (55,000 digits, 160 epochs) takes days here."
                + " The small subset (sidebar) learns visibly within a minute.");
        note.setId("mnistCpuNote");
        note.setMaxWidth(Double.MAX_VALUE);
        note.getStyleClass().add("cpu-note");
        return note;
    }

    private Banner failureBanner() {
        ClassifierTrainingViewModel t = vm.training();
        return new Banner("mnistFailureBanner", "banner-warning", "Training stopped", t.failureProperty(),
                Buttons.button("Dismiss", "mnistDismissFailure", "Hide this message", t::dismissFailure));
    }

    private void keyPressed(KeyEvent e) {
        if (!mnistShown.get() || e.isAltDown()) {
            return;
        }
        boolean typing = SceneKeys.typing(content);
        Runnable action = null;
        if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && !typing) {
            action = vm.training()::togglePlay;
        } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && !e.isShortcutDown() && !typing) {
            action = vm.drawing()::clear;
        } else if (e.isShortcutDown() && !e.isShiftDown()) {
            action = switch (e.getCode()) {
                case T -> vm.training()::step;
                case R -> this::confirmedReset;
                case O -> this::openCheckpoint;
                case S -> this::saveCheckpoint;
                default -> null;
            };
        }
        if (action != null) {
            action.run();
            e.consume();
        }
    }
}

package dev.neuralode.ui.density;

import dev.neuralode.train.CnfExperiment;
import dev.neuralode.ui.common.Banner;
import dev.neuralode.ui.common.Buttons;
import dev.neuralode.ui.common.ControlBar;
import dev.neuralode.ui.common.ErrorDialogs;
import dev.neuralode.ui.common.ExplorerExecutors;
import dev.neuralode.ui.common.FadingMessage;
import dev.neuralode.ui.common.FileDialogs;
import dev.neuralode.ui.common.FxFileDialogs;
import dev.neuralode.ui.common.MetricCharts;
import dev.neuralode.ui.common.Recoverable;
import dev.neuralode.ui.common.SceneKeys;
import dev.neuralode.ui.common.Styles;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The "Density flows" tab: draw or pick data, train a continuous normalizing flow, watch the
 * density morph, steer the solver. Owns the explorer's threads (engine, views, work) and the one
 * animation timer that applies the engine's news once per pulse.
 */
public final class DensityTab {

    /*
     * Widths that keep every part usable from a 1024x700 window up: the side panel, the density
     * view and the chart column each keep a minimum, and the charts keep a minimum height in a
     * scrolling column instead of shrinking to strips.
     */
    static final double SIDEBAR_WIDTH = 310;
    static final double SIDEBAR_MIN_WIDTH = 270;
    static final double VIEW_MIN_WIDTH = 330;
    static final double CHARTS_MIN_WIDTH = 300;
    static final double CHARTS_MAX_WIDTH = 560;

    private final ExecutorService engine = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("density-engine"));
    private final ExecutorService views = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("density-views"));
    private final ExecutorService work = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("density-work"));
    private final ExplorerViewModel vm;
    private final MetricCharts charts = new MetricCharts();
    private final DensityView densityView;
    private final FrontierPanel frontierPanel;
    private final DensityMenus menus;
    private final ExperimentActions actions;
    private final Tab tab;
    private final Tab frontierTab;
    private final TabPane chartTabs;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            vm.pulse();
            charts.refresh(vm.training().history(), vm.training().latestProperty().get(), now);
            densityView.refresh();
            frontierPanel.refresh();
            if (playRequested && vm.training().session() != null && !vm.training().busyProperty().get()) {
                playRequested = false;
                vm.training().play();
            }
        }
    };
    private final EventHandler<KeyEvent> spaceToggles = this::spacePressed;
    private boolean playRequested;

    /** @param dialogs file choosers, or null for the native ones */
    public DensityTab(CnfExperiment initial, FileDialogs dialogs) {
        vm = new ExplorerViewModel(initial, new ExplorerExecutors(engine, views, work, Platform::runLater), System::nanoTime);
        densityView = new DensityView(vm.density(), vm.training().sessionProperty());
        frontierPanel = new FrontierPanel(vm.frontier(), vm.training()::session);
        BorderPane content = new BorderPane();
        content.getStyleClass().add("density-tab");
        content.getStylesheets().add(Styles.sheet());
        FileDialogs chooser = dialogs != null ? dialogs
                : new FxFileDialogs(() -> content.getScene() == null ? null : content.getScene().getWindow());
        actions = new ExperimentActions(vm, chooser, content, densityView.picture());
        vm.training().setOnError(message -> ErrorDialogs.show(content, "The model could not be started", message));
        menus = new DensityMenus(vm, actions, this::sweepAndShowFrontier);

        TabPane sidebar = new TabPane(
                sideTab("Data", new DataPanel(vm.data(), actions, new PlaygroundActions(vm, content)).node()),
                sideTab("Model & solver", new SettingsPanel(vm.settings()).node()));
        sidebar.setId("sidebar");
        sidebar.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sidebar.setMinWidth(SIDEBAR_MIN_WIDTH);
        sidebar.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> sidebarWidth(content.getWidth()), content.widthProperty()));

        frontierTab = new Tab("Frontier", frontierPanel.node());
        frontierTab.setId("frontierTab");
        Tab trainingTab = new Tab("Training", charts.node());
        trainingTab.setId("trainingTab");
        chartTabs = new TabPane(trainingTab, frontierTab);
        chartTabs.setId("chartTabs");
        chartTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        chartTabs.setMinWidth(CHARTS_MIN_WIDTH);
        // Banners float over the density view, so that one appearing moves no control.
        StackPane view = Banner.overlay(densityView.node(), pendingResetBanner(), stiffnessBanner());
        view.setMinWidth(VIEW_MIN_WIDTH);
        SplitPane centre = new SplitPane(view, chartTabs);
        // The split follows the window's width (a drag holds until the next resize), so that the
        // density view gets what the charts do not need at every size.
        centre.widthProperty().addListener((o, before, width) ->
                centre.setDividerPositions(1 - chartsWidth(width.doubleValue()) / Math.max(1, width.doubleValue())));

        content.setTop(controlBar(sidePanelToggle(content, sidebar)));
        content.setLeft(sidebar);
        content.setCenter(centre);
        SceneKeys.install(content, spaceToggles);
        tab = new Tab("Density flows", content);
        tab.setId("tab-density-flows");
    }

    public Tab tab() {
        return tab;
    }

    public ExplorerViewModel viewModel() {
        return vm;
    }

    /** Whether training runs, for the window's pulse monitor. */
    public ReadOnlyBooleanProperty trainingProperty() {
        return vm.training().runningProperty();
    }

    public List<MenuItem> fileMenuItems() {
        return menus.fileItems();
    }

    public List<Menu> menus() {
        return List.of(menus.edit(), menus.training());
    }

    /** Imports points as if the user had chosen the file (errors go to a dialog). */
    public void importFile(java.nio.file.Path file) {
        actions.importFile(file);
    }

    /**
     * The experiment as crash recovery keeps it: the checkpoint Save writes (with the drawn points),
     * written on this tab's file thread and restored through Open.
     */
    public Recoverable recoverable() {
        return new Recoverable("density.ckpt", vm::recoveryState, vm::snapshot, work, vm::open);
    }

    /** Starts training once a model is ready and no other is on its way (the {@code --play} option). */
    public void playWhenReady() {
        playRequested = true;
    }

    /** Points on the NFE chart, for tests. */
    public int nfeChartPoints() {
        return charts.nfePoints();
    }

    /** Points of the held-out NLL on the loss chart, for tests. */
    public int heldOutChartPoints() {
        return charts.heldOutPoints();
    }

    /** Starts the per-pulse updates and creates the first model. */
    public void start() {
        pulse.start();
        vm.start();
    }

    /** Stops training within one iteration and the threads with it (the window is closing). */
    public void close() {
        pulse.stop();
        densityView.stop();
        vm.close();
        ExplorerExecutors.shutDown(engine, views, work);
    }

    /** Hides the side panel, so that in a small window the density view can take its room. */
    private static ToggleButton sidePanelToggle(BorderPane content, Node sidebar) {
        ToggleButton toggle = new ToggleButton("Side panel");
        toggle.setId("sidePanelToggle");
        toggle.setSelected(true);
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setTooltip(new Tooltip("Show or hide the Data and Model & solver panel; hidden, the density view gets its room"));
        toggle.selectedProperty().addListener((o, was, shown) -> content.setLeft(shown ? sidebar : null));
        return toggle;
    }

    private Node controlBar(ToggleButton sidePanel) {
        TrainingViewModel t = vm.training();
        Button open = Buttons.button("Open...", "openButton", "Open a saved experiment (Ctrl+O)", actions::openExperiment);
        Button save = Buttons.button("Save...", "saveButton", "Save config, data and weights (Ctrl+S)", actions::saveExperiment);
        save.disableProperty().bind(t.sessionProperty().isNull());
        Label files = new Label();
        files.setId("fileStatus");
        files.getStyleClass().add("muted");
        FadingMessage.attach(files, vm.jobs().messageProperty());
        files.setMaxWidth(360);
        return new ControlBar("", t, actions::reset, files, ControlBar.separator(), sidePanel, open, save).node();
    }

    /** The side panel's width in a window this wide: a fifth of it, within readable bounds. */
    static double sidebarWidth(double window) {
        return Math.max(SIDEBAR_MIN_WIDTH, Math.min(SIDEBAR_WIDTH, 0.22 * window));
    }

    /** The chart column's width in a centre this wide: two fifths, within readable bounds. */
    static double chartsWidth(double centre) {
        return Math.max(CHARTS_MIN_WIDTH, Math.min(CHARTS_MAX_WIDTH, 0.4 * centre));
    }

    /** Ctrl+F: sweep the tolerances and show the frontier it fills. */
    private void sweepAndShowFrontier() {
        chartTabs.getSelectionModel().select(frontierTab);
        vm.frontier().run(vm.training().session());
    }

    private Banner pendingResetBanner() {
        Button reset = Buttons.button("Reset now", "bannerReset", "Start a new model with the settings and data shown",
                actions::reset);
        return new Banner("resetBanner", "banner-info", "New model needed", vm.pendingResetProperty(), reset);
    }

    /** The stiffness warning with the remedies that would still change something (none is offered twice). */
    private Banner stiffnessBanner() {
        TrainingViewModel t = vm.training();
        SettingsViewModel s = vm.settings();
        Button loosen = offered(Buttons.button("Loosen tolerance", "remedyLoosen", "Both tolerances ten times looser",
                vm::loosenTolerance), s.loosenAvailable());
        Button rk4 = offered(Buttons.button("Fixed-step RK4", "remedyRk4",
                "A fixed-step solver: cost no longer grows with stiffness", vm::switchToFixedStep), s.fixedStepAvailable());
        Button kinetic = offered(Buttons.button("", "remedyKinetic",
                "Penalise the kinetic energy of the flow: straighter paths, fewer steps", vm::addKineticRegularisation),
                s.kineticAvailable());
        kinetic.textProperty().bind(s.kineticRemedyText());
        return new Banner("stiffnessBanner", "banner-warning", "Stiff dynamics", t.stiffnessWarningProperty(),
                loosen, rk4, kinetic,
                Buttons.button("Dismiss", "remedyDismiss", "Hide this warning until the symptom clears and returns",
                        t::dismissStiffnessWarning));
    }

    private static Button offered(Button b, javafx.beans.value.ObservableBooleanValue available) {
        b.visibleProperty().bind(available);
        b.managedProperty().bind(available);
        return b;
    }

    private static Tab sideTab(String title, Node content) {
        VBox padded = new VBox(content);
        padded.getStyleClass().add("side-panel");
        ScrollPane scroll = new ScrollPane(padded);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return new Tab(title, scroll);
    }

    /** Space plays or pauses while this tab is shown, unless the user is typing text. */
    private void spacePressed(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE || !tab.isSelected() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (SceneKeys.typing(tab.getContent())) {
            return;
        }
        vm.training().togglePlay();
        e.consume();
    }
}

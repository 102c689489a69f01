package dev.neuralode.ui.lab;

import dev.neuralode.ui.common.ExplorerExecutors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Solver lab tab: a problem and a solver on the left, shared by the views on the right (one
 * solve with every step, work-precision, batch coupling, the adjoint's truth). A change of any
 * setting solves again off the FX thread; the newest request wins.
 */
public final class LabTab {

    private final ExecutorService solver = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("lab-solve"));
    private final ExecutorService work = Executors.newSingleThreadExecutor(ExplorerExecutors.daemonThreads("lab-work"));
    private final ProblemPanel problems = new ProblemPanel();
    private final SolverPanel settings = new SolverPanel();
    private final SolveViewModel vm = new SolveViewModel(solver, Platform::runLater);
    private final StabilityView stability = new StabilityView();
    private final SolveView solveView = new SolveView(stability);
    private final WorkPrecisionView workPrecision = new WorkPrecisionView(this::request, work, Platform::runLater);
    private final BatchView batch = new BatchView(this::request, work, Platform::runLater);
    private final AdjointView adjoint = new AdjointView(settings::settings, work, Platform::runLater);
    private final TabPane views = new TabPane();
    private final Tab tab;

    public LabTab() {
        VBox side = new VBox(14, problems.node(), settings.node());
        side.setPadding(new Insets(8));
        side.setPrefWidth(260);
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setMinWidth(240);
        sideScroll.setPrefWidth(270);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        views.setId("labViews");
        views.getTabs().addAll(new Tab("One solve", solveView.node()), new Tab("Work-precision", workPrecision.node()),
                new Tab("Batch coupling", batch.node()), new Tab("Adjoint's truth", adjoint.node()));
        BorderPane root = new BorderPane(views);
        root.setLeft(sideScroll);
        tab = new Tab("Solver lab", root);
        tab.setId("tab-solver-lab");
        vm.resultProperty().addListener((o, a, b) -> {
            solveView.show(b);
            stability.show(b.report());
        });
        vm.errorProperty().addListener((o, a, b) -> solveView.showError(b));
        solveView.showSolving(vm.solvingProperty());
        problems.onChange(o -> solve());
        settings.onChange(o -> solve());
    }

    /** Solves the problem shown with the settings shown. */
    void solve() {
        vm.request(request());
    }

    /** The problem, its parameter values and the solver settings the side panel shows. */
    private SolveViewModel.Request request() {
        return new SolveViewModel.Request(problems.problem(), problems.values(), settings.settings());
    }

    /**
     * Solves the first problem when the tab is first shown, not at startup: a window whose lab is never
     * opened spends nothing on it.
     */
    public void start() {
        if (tab.isSelected()) {
            solve();
            return;
        }
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    o.removeListener(this);
                    solve();
                }
            }
        });
    }

    /** Stops the solver thread as the window closes. */
    public void close() {
        solver.shutdownNow();
        work.shutdownNow();
        solveView.close();
    }

    /** Solves shown so far. */
    public ReadOnlyLongProperty solvesProperty() {
        return vm.solvesProperty();
    }

    /** Whether the charts show no steps (nothing solved yet). */
    public boolean shownStepsEmpty() {
        return solveView.charts().empty();
    }

    public Tab tab() {
        return tab;
    }
}

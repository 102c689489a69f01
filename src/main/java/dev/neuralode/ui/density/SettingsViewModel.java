package dev.neuralode.ui.density;

import dev.neuralode.ode.Methods;
import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.InvalidSettingException;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The model and solver panel's state: the config being edited. Every edit goes through
 * {@link #apply}, so an out-of-range value is refused with the record's own message (which names
 * the field and the valid range) and the previous config stays in force.
 *
 * <p>The tolerances are linked by default (one slider sets rtol and atol alike, the setting most
 * users want); unlinking shows a second slider for atol. The stiffness remedies say whether they
 * would change anything, so that none is offered once it is applied.
 */
public final class SettingsViewModel {

    /** The sidebar's labels by the config property they edit, so that a refused value names the control. */
    private static final Map<String, String> CONTROLS = Map.ofEntries(Map.entry("rtol", "Tolerance (rtol)"),
            Map.entry("atol", "atol"), Map.entry("width", "Width"), Map.entry("hidden", "Hidden size"),
            Map.entry("hiddenDims", "MLP layers"), Map.entry("planarLayers", "Planar layers"),
            Map.entry("kineticWeight", "Kinetic weight"), Map.entry("jacobianWeight", "Jacobian weight"),
            Map.entry("learningRate", "Learning rate"), Map.entry("batchSize", "Batch size"), Map.entry("method", "Method"),
            Map.entry("sensitivity", "Sensitivity"), Map.entry("trace", "Trace"), Map.entry("target", "Target"));

    /** The loosest tolerance the "loosen" remedy goes to. */
    static final double LOOSEST_TOLERANCE = 1e-2;
    /** Kinetic-energy weight the remedy sets when none is on (RNODE's order of magnitude for toy data). */
    static final double KINETIC_REMEDY = 0.01;
    static final String FIXED_STEP_REMEDY = "rk4";
    /** The kinetic weight above which the remedy no longer offers a stronger one. */
    static final double KINETIC_MAX = 1.0;

    private final ObjectProperty<CnfExperiment> draft;
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty linkedTolerances;

    public SettingsViewModel(CnfExperiment initial) {
        draft = new SimpleObjectProperty<>(this, "draft", initial);
        linkedTolerances = new SimpleBooleanProperty(this, "linkedTolerances", initial.rtol() == initial.atol());
        linkedTolerances.addListener((o, was, linked) -> {
            if (linked) {
                apply(c -> c.withTolerances(c.rtol(), c.rtol()));
            }
        });
    }

    /** Whether one slider sets both tolerances (atol = rtol); switching it on sets atol to rtol. */
    public BooleanProperty linkedTolerancesProperty() {
        return linkedTolerances;
    }

    /** Sets rtol, and atol with it while the tolerances are linked. */
    public boolean setTolerance(double rtol) {
        return apply(c -> c.withTolerances(rtol, linkedTolerances.get() ? rtol : c.atol()));
    }

    /** Sets atol alone (the tolerances are unlinked). */
    public boolean setAbsoluteTolerance(double atol) {
        return apply(c -> c.withTolerances(c.rtol(), atol));
    }

    public ReadOnlyObjectProperty<CnfExperiment> draftProperty() {
        return draft;
    }

    public CnfExperiment draft() {
        return draft.get();
    }

    /** Why the last edit was refused, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /**
     * Applies one edit to the draft.
     *
     * @return false (and sets {@link #errorProperty()}) when the edited config is invalid
     */
    public boolean apply(UnaryOperator<CnfExperiment> edit) {
        try {
            draft.set(edit.apply(draft.get()));
            error.set("");
            return true;
        } catch (InvalidSettingException e) {
            error.set(e.messageFor(CONTROLS.getOrDefault(e.property(), e.property())));
            return false;
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** Replaces the whole draft (an opened experiment); different tolerances in it unlink the sliders. */
    public void replace(CnfExperiment config) {
        if (config.rtol() != config.atol()) {
            linkedTolerances.set(false);
        }
        draft.set(config);
        error.set("");
    }

    /**
     * Remedy for stiffness: both tolerances ten times looser, at most {@value #LOOSEST_TOLERANCE};
     * a tolerance already looser than that stays as it is.
     */
    public void loosenTolerance() {
        apply(c -> c.withTolerances(looser(c.rtol()), looser(c.atol())));
    }

    private static double looser(double tol) {
        return Math.max(tol, Math.min(LOOSEST_TOLERANCE, tol * 10));
    }

    /** Whether "Loosen tolerance" would loosen anything: an adaptive solver below the loosest tolerance. */
    static boolean canLoosen(CnfExperiment c) {
        return adaptive(c) && (c.rtol() < LOOSEST_TOLERANCE || c.atol() < LOOSEST_TOLERANCE);
    }

    /** Whether the solver is adaptive, so that switching to a fixed step changes anything. */
    static boolean canSwitchToFixedStep(CnfExperiment c) {
        return adaptive(c);
    }

    /** Whether the kinetic remedy has room left: off, or on below {@value #KINETIC_MAX}. */
    static boolean canAddKinetic(CnfExperiment c) {
        return c.kineticWeight() * 10 <= KINETIC_MAX;
    }

    private static boolean adaptive(CnfExperiment c) {
        return !"planar".equals(c.model()) && Methods.byName(c.method()).hasErrorEstimate();
    }

    public BooleanBinding loosenAvailable() {
        return Bindings.createBooleanBinding(() -> canLoosen(draft.get()), draft);
    }

    public BooleanBinding fixedStepAvailable() {
        return Bindings.createBooleanBinding(() -> canSwitchToFixedStep(draft.get()), draft);
    }

    public BooleanBinding kineticAvailable() {
        return Bindings.createBooleanBinding(() -> canAddKinetic(draft.get()), draft);
    }

    /** The kinetic remedy's name: adding the regulariser, or making it stronger once it is on. */
    public StringBinding kineticRemedyText() {
        return Bindings.createStringBinding(() -> draft.get().kineticWeight() > 0
                ? "Stronger kinetic regularisation" : "Add kinetic regularisation", draft);
    }

    /** Remedy for stiffness: a fixed-step RK4, whose cost no longer grows with stiffness. */
    public void switchToFixedStep() {
        apply(c -> c.withSolver(FIXED_STEP_REMEDY, c.sensitivity()));
    }

    /** Remedy for stiffness: the kinetic-energy regulariser favours straight, easy-to-solve paths. */
    public void addKineticRegularisation() {
        apply(c -> c.withTraining(c.learningRate(), c.batchSize(), c.trace(),
                c.kineticWeight() > 0 ? c.kineticWeight() * 10 : KINETIC_REMEDY, c.jacobianWeight()));
    }
}

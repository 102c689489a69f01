package dev.neuralode.ui.density;

import dev.neuralode.train.CnfExperiment;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The model and solver panel's state: the config being edited. Every edit goes through
 * {@link #apply}, so an out-of-range value is refused with the record's own message (which names
 * the field and the valid range) and the previous config stays in force.
 */
public final class SettingsViewModel {

    /** The loosest tolerance the "loosen" remedy goes to. */
    static final double LOOSEST_TOLERANCE = 1e-2;
    /** Kinetic-energy weight the remedy sets when none is on (RNODE's order of magnitude for toy data). */
    static final double KINETIC_REMEDY = 0.01;
    static final String FIXED_STEP_REMEDY = "rk4";

    private final ObjectProperty<CnfExperiment> draft;
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    public SettingsViewModel(CnfExperiment initial) {
        draft = new SimpleObjectProperty<>(this, "draft", initial);
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
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** Replaces the whole draft (an opened experiment). */
    public void replace(CnfExperiment config) {
        draft.set(config);
        error.set("");
    }

    /** Remedy for stiffness: both tolerances ten times looser, at most {@value #LOOSEST_TOLERANCE}. */
    public void loosenTolerance() {
        apply(c -> c.withTolerances(Math.min(LOOSEST_TOLERANCE, c.rtol() * 10), Math.min(LOOSEST_TOLERANCE, c.atol() * 10)));
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

package dev.neuralode.train;

import dev.neuralode.ode.NonFiniteValueException;
import dev.neuralode.ode.OdeSolveException;
import dev.neuralode.ode.StepSizeUnderflowException;
import dev.neuralode.ode.TooManyStepsException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An iteration that could not complete: a non-finite loss, a step-size underflow, too many steps.
 * The {@link #advice()} names the symptom and the settings to change, for each front end to word;
 * the session keeps its last good state.
 */
public final class TrainingFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Advice advice;
    private final String symptom;

    private TrainingFailure(String symptom, String remedy, Throwable cause) {
        this(new Advice(symptom + "; " + remedy), symptom, cause);
    }

    private TrainingFailure(Advice advice, String symptom, Throwable cause) {
        super(advice.plain(), cause);
        this.advice = advice;
        this.symptom = symptom;
    }

    /** The loss of iteration {@code n} is NaN or infinite; {@code settings} are the ones the session has. */
    public static TrainingFailure nonFiniteLoss(long n, double loss, Set<Setting> settings) {
        return new TrainingFailure("the loss became " + loss + " at iteration " + n,
                remedy(settings, "lower " + slot(Setting.LEARNING_RATE), "tighten " + slot(Setting.TOLERANCE),
                        "add " + slot(Setting.KINETIC), "set " + slot(Setting.DTYPE) + " to float64"), null);
    }

    /** The ODE solver failed in iteration {@code n}; the remedy depends on how. */
    public static TrainingFailure inSolver(long n, OdeSolveException e, Set<Setting> settings) {
        String symptom = "iteration " + n + " failed in the ODE solver: " + e.symptom();
        String remedy;
        if (e instanceof TooManyStepsException) {
            remedy = "the dynamics have become too hard to follow at these tolerances (the NFE grew); "
                    + remedy(settings, "raise " + slot(Setting.MAX_STEPS), "loosen " + slot(Setting.TOLERANCE),
                            "add " + slot(Setting.KINETIC) + " to straighten the paths", "lower "
                                    + slot(Setting.LEARNING_RATE) + " if the loss was rising");
        } else if (e instanceof NonFiniteValueException) {
            remedy = remedy(settings, "lower " + slot(Setting.LEARNING_RATE), "add " + slot(Setting.KINETIC),
                    "set " + slot(Setting.DTYPE) + " to float64");
        } else if (e instanceof StepSizeUnderflowException) {
            remedy = "the dynamics may be stiff or blow up here; " + remedy(settings, "loosen " + slot(Setting.TOLERANCE),
                    "add " + slot(Setting.KINETIC), "lower " + slot(Setting.LEARNING_RATE));
        } else {
            return new TrainingFailure("iteration " + n + " failed in the ODE solver", e.getMessage(), e);
        }
        return new TrainingFailure(symptom, remedy, e);
    }

    /**
     * This failure explained by the training that led to it, when that is the cause: weights that are
     * no longer finite, or a loss that diverged, both a learning rate too high for these dynamics.
     */
    TrainingFailure diagnosed(LossWatch losses, boolean weightsFinite, double learningRate) {
        String lower = "lower " + slot(Setting.LEARNING_RATE) + " (now " + threeDigits(learningRate) + "), such as "
                + threeDigits(learningRate / 10);
        if (!weightsFinite) {
            return new TrainingFailure("the weights became NaN or infinite in an update (" + symptom
                    + "), so the weights were rolled back to the last finite ones", lower, getCause());
        }
        if (losses.diverged()) {
            return new TrainingFailure("the loss diverged: " + losses.describeRise() + ", then " + symptom, lower, getCause());
        }
        return this;
    }

    /** What went wrong and what to change, with the settings in slots. */
    public Advice advice() {
        return advice;
    }

    private static String threeDigits(double x) {
        return new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String slot(Setting s) {
        return Advice.slot(s);
    }

    /** The remedies whose setting the session has, joined as "a, b or c". */
    private static String remedy(Set<Setting> settings, String... remedies) {
        List<String> kept = new ArrayList<>();
        for (String r : remedies) {
            if (settings.stream().anyMatch(s -> r.contains(slot(s)))) {
                kept.add(r);
            }
        }
        if (kept.isEmpty()) {
            return "change the training settings";
        }
        if (kept.size() == 1) {
            return kept.get(0);
        }
        return String.join(", ", kept.subList(0, kept.size() - 1)) + " or " + kept.get(kept.size() - 1);
    }
}

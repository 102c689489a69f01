package dev.neuralode.ode;

import java.util.Arrays;

/**
 * torchdiffeq's {@code step_t} and {@code jump_t}: times at which a step must end. A step that would
 * cross the next step time is shortened to end on it; likewise for a jump time, which wins when both
 * fall within the step. Times are kept as increasing {@code tau = direction * t}.
 */
final class GridConstraints {

    private final double[] stepT;
    private final double[] jumpT;
    private int nextStep;
    private int nextJump;
    private boolean onStep;
    private boolean onJump;

    GridConstraints(StepOptions options, double start, int direction) {
        this.stepT = ahead(options.stepT(), start, direction);
        this.jumpT = ahead(options.jumpT(), start, direction);
    }

    private static double[] ahead(double[] t, double start, int dir) {
        return Arrays.stream(t).map(x -> dir * x).filter(x -> x > dir * start).sorted().toArray();
    }

    /** The end of a step from tau0 that would end at tau1, shortened to the next constraint it crosses. */
    double end(double tau0, double tau1) {
        double end = tau1;
        onStep = nextStep < stepT.length && tau0 < stepT[nextStep] && stepT[nextStep] < end;
        if (onStep) {
            end = stepT[nextStep];
        }
        onJump = nextJump < jumpT.length && tau0 < jumpT[nextJump] && jumpT[nextJump] < end;
        if (onJump) {
            end = jumpT[nextJump];
            onStep = false;
        }
        return end;
    }

    /** Whether the last proposed step was shortened. */
    boolean shortened() {
        return onStep || onJump;
    }

    /** Whether the last proposed step ends on a jump. */
    boolean endsOnJump() {
        return onJump;
    }

    /** Records that the last proposed step was accepted, so its constraint is behind. */
    void accepted() {
        nextStep += onStep ? 1 : 0;
        nextJump += onJump ? 1 : 0;
    }
}

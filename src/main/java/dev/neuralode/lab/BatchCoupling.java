package dev.neuralode.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * What solving initial states together costs. A batch of initial states solved as one tensor shares one
 * step size, chosen from one error norm over the whole batch: torchdiffeq's RMS over every component of
 * every member, as torchdiffeq does for a batch held in one tensor. A member whose dynamics are fast or stiff forces
 * small steps on all of them, so the easy members pay for the hard one.
 *
 * <p>The coupling is not a plain maximum. The RMS averages the scaled errors of all members, so a hard
 * member among easy ones counts for less than alone: its error is diluted by about {@code sqrt(members)},
 * and the batch can take fewer steps than that member would alone. Where different members are hard at
 * different times, the batch pays for each of them in turn and can take more steps than any alone.
 *
 * <p>The cost is counted in evaluations of the batched right-hand side ({@link Result#batchNfe}); each
 * evaluates every member, so the batch evaluates a member's {@code f} {@code batchNfe * members} times
 * ({@link Result#memberEvaluations}), to compare with {@link Result#sumAlone}.
 */
public final class BatchCoupling {

    /** Members of the batch {@link #spread} builds for the window unless told otherwise. */
    public static final int DEFAULT_MEMBERS = 8;

    /** How far the spread members lie from the start, relative to its size. */
    public static final double DEFAULT_RADIUS = 0.1;

    /** How much larger the hard member's start is than the system's. */
    public static final double DEFAULT_HARD_FACTOR = 4;

    private BatchCoupling() {
    }

    /**
     * One member solved on its own.
     *
     * @param start its initial state
     * @param nfe evaluations of {@code f} alone (0 if the solve failed)
     * @param failure why its solve stopped early, or null
     */
    public record Member(double[] start, int nfe, String failure) {
    }

    /**
     * The batch against its members alone.
     *
     * @param batchNfe evaluations of the batched {@code f} when all members are solved together
     * @param batchFailure why the batch solve stopped early, or null
     * @param members each member solved alone, in the order of the starts
     */
    public record Result(int batchNfe, String batchFailure, List<Member> members) {

        public Result {
            members = List.copyOf(members);
        }

        /** The evaluations of all members solved one at a time. */
        public int sumAlone() {
            return members.stream().mapToInt(Member::nfe).sum();
        }

        /** The evaluations of the member that is costliest alone. */
        public int maxAlone() {
            return members.stream().mapToInt(Member::nfe).max().orElse(0);
        }

        /** Per-member evaluations of {@code f} in the batch: {@code batchNfe * members}. */
        public long memberEvaluations() {
            return (long) batchNfe * members.size();
        }

        /** Whether the batch and every member reached the end time. */
        public boolean completed() {
            return batchFailure == null && members.stream().allMatch(m -> m.failure() == null);
        }
    }

    /**
     * Solves {@code starts} together with one shared step size, then each alone, with the same settings.
     *
     * @throws IllegalArgumentException for no starts, a start of the wrong size, or a problem with events
     *     (its members cannot share steps: each resets at its own events)
     */
    public static Result measure(OdeSystem system, SolveSettings settings, double[][] starts) {
        if (starts.length == 0) {
            throw new IllegalArgumentException("a batch needs at least one initial state");
        }
        // The steps do not depend on the output times; the start and the end are enough.
        double[] times = LabSolve.outputTimes(system, 2);
        double[][] rest = new double[starts.length - 1][];
        System.arraycopy(starts, 1, rest, 0, rest.length);
        SolveReport batch = LabSolve.run(system.withInitialState(starts[0]), settings, times, rest, false);
        List<Member> members = new ArrayList<>();
        for (double[] s : starts) {
            SolveReport alone = LabSolve.run(system.withInitialState(s), settings, times, null, false);
            members.add(new Member(s.clone(), alone.nfe(), alone.failure()));
        }
        return new Result(batch.nfe(), batch.failure(), members);
    }

    /**
     * A batch for the window: the system's own start {@code y0} first, then {@code members - 2} starts
     * around it, then one hard member. With {@code s = max(1, max_i |y0_i|)}, member {@code k} (1-based,
     * {@code k <= members - 2}) is
     *
     * <pre>
     *   y0_i + radius s sin(2 pi k / (members - 2) + i pi / 2)
     * </pre>
     *
     * which for a two-component state puts the members evenly on a circle of radius {@code radius s} around
     * {@code y0}. The hard member is {@code hardFactor y0}: for an oscillator a start of larger amplitude
     * (for Van der Pol, a fast collapse onto the limit cycle that needs small steps), for a start at the
     * origin {@code hardFactor} in every component instead.
     *
     * @throws IllegalArgumentException unless {@code members >= 2}, {@code radius >= 0} and {@code hardFactor}
     *     is finite
     */
    public static double[][] spread(OdeSystem system, int members, double radius, double hardFactor) {
        if (members < 2 || !(radius >= 0) || !Double.isFinite(radius) || !Double.isFinite(hardFactor)) {
            throw new IllegalArgumentException("a batch needs at least 2 members (the start and the hard one), a finite"
                    + " radius of at least 0 and a finite hard factor, were " + members + ", " + radius + ", " + hardFactor);
        }
        double[] y0 = system.y0();
        int n = y0.length;
        double size = 1;
        boolean zero = true;
        for (double v : y0) {
            size = Math.max(size, Math.abs(v));
            zero &= v == 0;
        }
        double[][] out = new double[members][];
        out[0] = y0;
        int around = members - 2;
        for (int k = 1; k <= around; k++) {
            out[k] = new double[n];
            for (int i = 0; i < n; i++) {
                out[k][i] = y0[i] + radius * size * Math.sin(2 * Math.PI * k / around + i * Math.PI / 2);
            }
        }
        double[] hard = new double[n];
        for (int i = 0; i < n; i++) {
            hard[i] = zero ? hardFactor : hardFactor * y0[i];
        }
        out[members - 1] = hard;
        return out;
    }
}

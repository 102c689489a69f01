package dev.neuralode.data;

/**
 * Where a spiral's window (its observed points followed by its future points) may start on the
 * grid of {@link Spirals}. The paper does not say; the two placements answer different questions.
 * <ul>
 * <li>{@link #TORCHDIFFEQ}: as in torchdiffeq's {@code latent_ode.py}, which draws the first index
 * uniformly from {@code [observed, gridPoints - observed)} so that its observation windows keep off
 * the first {@code observed} grid points and the last one (indices 100 to 498 on the paper's grid).
 * Here the whole window, futures included, stays within those indices: on the paper's grid the
 * 200-point windows start in {@code [100, 299]}.</li>
 * <li>{@link #HELD_OUT}: anywhere on the grid, starts in {@code [0, gridPoints - window]}
 * ({@code [0, 300]} on the paper's grid). Observations never pass index {@code gridPoints -
 * extrapolated - 1} (399) while futures reach the last index (499, where the clockwise radius is
 * 15), so the futures of late windows lie on a stretch of curve that no training window
 * contains.</li>
 * </ul>
 */
public enum WindowPlacement {
    TORCHDIFFEQ("torchdiffeq"),
    HELD_OUT("held-out");

    private final String label;

    WindowPlacement(String label) {
        this.label = label;
    }

    /** The name the command line uses, such as {@code held-out}. */
    public String label() {
        return label;
    }

    /** The first grid index a window whose first {@code observed} points are observed may start at. */
    public int firstStart(int observed) {
        return this == TORCHDIFFEQ ? observed : 0;
    }

    /**
     * The last grid index such a window may start at.
     *
     * @throws IllegalArgumentException when the grid holds no window of this placement
     */
    public int lastStart(int gridPoints, int observed, int extrapolated) {
        int lastIndex = this == TORCHDIFFEQ ? gridPoints - 2 : gridPoints - 1;
        int last = lastIndex - (observed + extrapolated) + 1;
        if (last < firstStart(observed)) {
            throw new IllegalArgumentException("a grid of " + gridPoints + " points holds no " + label + " window of " + observed
                    + " observed and " + extrapolated + " future points; use more grid points or the held-out placement");
        }
        return last;
    }

    /** The placement named {@code label} on the command line. */
    public static WindowPlacement of(String label) {
        for (WindowPlacement p : values()) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown window placement '" + label + "'; use torchdiffeq or held-out");
    }

    @Override
    public String toString() {
        return label;
    }
}

package dev.neuralode.ui.density;

import dev.neuralode.data.AnalyticDensity;

/**
 * What the density view wants drawn: the session and the iteration the FX thread has seen, the
 * normalised time s, the grid size, the solver tolerance, which overlays need model data, and
 * whether the heatmap shows the analytic {@code target} a {@code kl} flow matches instead of the
 * learnt density (null: the learnt one). Two equal requests give the same picture, so an unchanged
 * request is not computed again.
 */
record FrameRequest(SessionHandle session, long iteration, double s, int n, double tol, boolean particles,
                    boolean arrows, AnalyticDensity target) {

    /** A request for the learnt density. */
    FrameRequest(SessionHandle session, long iteration, double s, int n, double tol, boolean particles, boolean arrows) {
        this(session, iteration, s, n, tol, particles, arrows, null);
    }
}

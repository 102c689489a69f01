package dev.neuralode.ui.density;

/**
 * What the density view wants drawn: the session and the iteration the FX thread has seen, the
 * normalised time s, the grid size, the solver tolerance, and which overlays need model data.
 * Two equal requests give the same picture, so an unchanged request is not computed again.
 */
record FrameRequest(SessionHandle session, long iteration, double s, int n, double tol, boolean particles,
                    boolean arrows) {
}

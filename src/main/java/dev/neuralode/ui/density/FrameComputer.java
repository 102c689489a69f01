package dev.neuralode.ui.density;

import dev.neuralode.train.DensityGrid;
import dev.neuralode.train.FlowSnapshot;
import dev.neuralode.train.Trajectories;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Computes view frames from frozen copies of the model; used by one view thread only. Grids are
 * cached per (session, iteration, s, n, tol), so that the morph loops smoothly once the model stops
 * changing; particle trajectories, which do not depend on s, are computed once per weights.
 */
final class FrameComputer {

    /** Particles pushed from the base for the samples and trajectories overlays. */
    static final int PARTICLES = 300;
    /** Times at which particle positions are recorded (s = 0, 0.05, ..., 1). */
    static final int PARTICLE_FRAMES = 21;
    static final int ARROWS_PER_SIDE = 17;
    private static final int CACHED_GRIDS = 64;

    private record GridKey(long generation, long iteration, double s, int n, double tol) {
    }

    private final Map<GridKey, DensityGrid> grids = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<GridKey, DensityGrid> eldest) {
            return size() > CACHED_GRIDS;
        }
    };
    private SessionHandle frozenSession;
    private long frozenForIteration = -1;
    private FlowSnapshot flow;
    private long particlesIteration = -1;
    private SessionHandle particlesSession;
    private double particlesTol;
    private Trajectories particles;
    private SessionHandle targetSession;
    private DensityGrid target;

    ViewFrame compute(FrameRequest r) {
        long started = System.nanoTime();
        if (r.target() != null && !r.arrows() && !r.particles()) {
            // The analytic target alone needs no copy of the model.
            return new ViewFrame(r, r.iteration(), targetGrid(r), null, null, "", (System.nanoTime() - started) / 1e6);
        }
        FlowSnapshot f = flowFor(r);
        try {
            DensityGrid grid = r.target() != null ? targetGrid(r) : learntGrid(r, f);
            var field = r.arrows() ? f.vectorField(r.s(), r.session().bounds(), ARROWS_PER_SIDE) : null;
            Trajectories t = r.particles() && f.drawsSamples() ? particlesFor(r, f) : null;
            return new ViewFrame(r, f.iteration(), grid, field, t, "", (System.nanoTime() - started) / 1e6);
        } catch (RuntimeException e) {
            return new ViewFrame(r, f.iteration(), null, null, null,
                    "The view could not be computed at s = " + r.s() + ": " + e.getMessage(), (System.nanoTime() - started) / 1e6);
        }
    }

    private DensityGrid learntGrid(FrameRequest r, FlowSnapshot f) {
        GridKey key = new GridKey(r.session().generation(), f.iteration(), r.s(), r.n(), r.tol());
        DensityGrid grid = grids.get(key);
        if (grid == null) {
            grid = f.densityGrid(r.s(), r.session().bounds(), r.n(), r.tol());
            grids.put(key, grid);
        }
        return grid;
    }

    /** The analytic target on the session's square, once per session and grid size: it never changes. */
    private DensityGrid targetGrid(FrameRequest r) {
        if (target == null || targetSession != r.session() || target.n() != r.n()) {
            target = DensityGrid.of(r.target(), r.session().bounds(), r.n());
            targetSession = r.session();
        }
        return target;
    }

    /** Freezes the session again only when the FX thread has seen a newer iteration. */
    private FlowSnapshot flowFor(FrameRequest r) {
        if (flow == null || frozenSession != r.session() || frozenForIteration != r.iteration()) {
            flow = r.session().session().freeze();
            frozenSession = r.session();
            frozenForIteration = r.iteration();
        }
        return flow;
    }

    private Trajectories particlesFor(FrameRequest r, FlowSnapshot f) {
        if (particles == null || particlesSession != r.session() || particlesIteration != f.iteration() || particlesTol != r.tol()) {
            particles = f.trajectories(PARTICLES, PARTICLE_FRAMES, r.tol(), 1);
            particlesSession = r.session();
            particlesIteration = f.iteration();
            particlesTol = r.tol();
        }
        return particles;
    }
}

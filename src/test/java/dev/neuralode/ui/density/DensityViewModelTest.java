package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DensityViewModelTest {

    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger computed = new AtomicInteger();
    private final DensityViewModel vm = new DensityViewModel(task -> {
        computed.incrementAndGet();
        task.run();
    }, clock::get);
    private SessionHandle session;

    @BeforeEach
    void session() {
        TrainingViewModel training = new TrainingViewModel(Runnable::run);
        training.reset(TestConfigs.small(), null);
        training.pulse();
        session = training.session();
    }

    @Test
    void aFrameIsComputedOnceAndShownOnTheNextPulse() {
        vm.pulse(session, 0, false, 1e-3);
        assertNull(vm.frameProperty().get());
        vm.pulse(session, 0, false, 1e-3);
        ViewFrame f = vm.frameProperty().get();
        assertNotNull(f);
        assertEquals(DensityViewModel.FINE_GRID, f.grid().n());
        assertEquals(1.0, f.s());
        assertEquals(1, computed.get(), "an unchanged request is not computed again");
        double mass = f.grid().mass();
        assertTrue(mass > 0.5 && mass < 1.5, "the grid holds most of a normalised density, mass " + mass);
    }

    @Test
    void whileTrainingFramesAreCoarseAndRateLimited() {
        vm.pulse(session, 1, true, 1e-3);
        vm.pulse(session, 2, true, 1e-3);
        assertEquals(1, computed.get(), "too soon for another frame");
        clock.addAndGet(TimeUnit.SECONDS.toNanos(5));
        vm.pulse(session, 3, true, 1e-3);
        assertEquals(2, computed.get());
        assertEquals(DensityViewModel.COARSE_GRID, vm.frameProperty().get().grid().n());
    }

    @Test
    void overlaysThatNeedParticlesAndArrowsGetThem() {
        vm.showTrajectoriesProperty().set(true);
        vm.showArrowsProperty().set(true);
        vm.timeProperty().set(0.5);
        vm.pulse(session, 0, false, 1e-3);
        vm.pulse(session, 0, false, 1e-3);
        ViewFrame f = vm.frameProperty().get();
        assertEquals(FrameComputer.PARTICLES, f.trajectories().count());
        assertEquals(FrameComputer.ARROWS_PER_SIDE, f.field().n());
        assertEquals(0.5, f.grid().s());
    }

    @Test
    void theMorphAdvancesOnlyOnceTheCurrentFrameIsShownAndLoops() {
        vm.autoplayProperty().set(true);
        vm.timeProperty().set(1.0);
        vm.advanceMorph();
        assertEquals(1.0, vm.timeProperty().get(), "no frame shown yet");
        vm.pulse(session, 0, false, 1e-3);
        vm.pulse(session, 0, false, 1e-3);
        for (int i = 0; i < DensityViewModel.MORPH_HOLD; i++) {
            vm.advanceMorph();
        }
        assertEquals(0.0, vm.timeProperty().get(), "after holding at the data end it starts from the base");
        ViewFrame shown = vm.frameProperty().get();
        vm.advanceMorph();
        assertEquals(0.0, vm.timeProperty().get(), "waits for the frame at s = 0");
        vm.pulse(session, 0, false, 1e-3);
        vm.pulse(session, 0, false, 1e-3);
        assertTrue(shown != vm.frameProperty().get());
        vm.advanceMorph();
        assertEquals(1.0 / DensityViewModel.MORPH_STEPS, vm.timeProperty().get(), 1e-12);
    }

    @Test
    void aCachedGridIsReusedWhenTheMorphComesBack() {
        vm.pulse(session, 0, false, 1e-3);
        vm.pulse(session, 0, false, 1e-3);
        ViewFrame first = vm.frameProperty().get();
        vm.timeProperty().set(0.5);
        vm.pulse(session, 0, false, 1e-3);
        vm.pulse(session, 0, false, 1e-3);
        vm.timeProperty().set(1.0);
        vm.pulse(session, 0, false, 1e-3);
        vm.pulse(session, 0, false, 1e-3);
        assertSame(first.grid(), vm.frameProperty().get().grid());
    }

    /** Matching a density, the heatmap can show the analytic target on the session's square instead of the flow. */
    @Test
    void theTargetSwitchShowsTheAnalyticTargetOnlyWhileMatchingADensity() {
        TrainingViewModel training = new TrainingViewModel(Runnable::run);
        training.reset(TestConfigs.small().withData("moons", "kl", "two-circles"), null);
        training.pulse();
        SessionHandle kl = training.session();
        vm.showTargetProperty().set(true);
        vm.pulse(kl, 0, false, 1e-3);
        vm.pulse(kl, 0, false, 1e-3);
        ViewFrame f = vm.frameProperty().get();
        assertEquals(dev.neuralode.data.AnalyticDensity.TWO_CIRCLES, f.request().target());
        assertEquals(0, f.grid().nfe(), "the target is analytic: no solve");
        assertEquals(dev.neuralode.train.DensityGrid.of(dev.neuralode.data.AnalyticDensity.TWO_CIRCLES, kl.bounds(),
                DensityViewModel.FINE_GRID).logDensity()[1234], f.grid().logDensity()[1234], 0.0);
        vm.pulse(session, 0, false, 1e-3);
        vm.pulse(session, 0, false, 1e-3);
        assertNull(vm.frameProperty().get().request().target(), "fitting data (mle) has no analytic target to show");
    }
}

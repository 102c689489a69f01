package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontierViewModelTest {

    @Test
    void aSweepGivesOnePointPerToleranceWithNfeFallingAndErrorGrowingAsTolerancesLoosen() {
        TrainingViewModel training = new TrainingViewModel(Runnable::run);
        training.reset(TestConfigs.small().withTolerances(1e-5, 1e-5), null);
        training.pulse();
        for (int i = 0; i < 5; i++) {
            training.step();
        }
        FrontierViewModel vm = new FrontierViewModel(Runnable::run, Runnable::run);
        vm.run(training.session());
        FrontierSweep.Result r = vm.resultProperty().get();
        assertNotNull(r, vm.messageProperty().get());
        assertFalse(vm.runningProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        List<FrontierSweep.Point> points = r.points();
        assertEquals(FrontierSweep.TOLERANCES.length, points.size(), r.failures().toString());
        FrontierSweep.Point loosest = points.get(0);
        FrontierSweep.Point tightest = points.get(points.size() - 1);
        assertTrue(loosest.nfe() < tightest.nfe(), loosest + " vs " + tightest);
        assertTrue(loosest.error() > tightest.error(), loosest + " vs " + tightest);
        assertTrue(vm.messageProperty().get().contains("9 tolerances"), vm.messageProperty().get());
    }
}

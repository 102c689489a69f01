package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontierViewModelTest {

    private static TrainingViewModel trained(double tol) {
        TrainingViewModel training = new TrainingViewModel(Runnable::run);
        training.reset(TestConfigs.small().withTolerances(tol, tol), null);
        training.pulse();
        for (int i = 0; i < 3; i++) {
            training.step();
        }
        return training;
    }

    @Test
    void theToleranceTrainingRunsAtIsSweptAndMarked() {
        TrainingViewModel training = trained(2e-4);
        FrontierViewModel vm = new FrontierViewModel(Runnable::run, Runnable::run);
        vm.trainingToleranceProperty().set(2e-4);
        vm.run(training.session());
        FrontierSweep.Result r = vm.resultProperty().get();
        assertNotNull(r, vm.messageProperty().get());
        assertEquals(FrontierSweep.TOLERANCES.length + 1, r.points().size(), r.failures().toString());
        assertEquals(2e-4, vm.trainingPoint().tol());
        vm.trainingToleranceProperty().set(3e-4);
        assertEquals(3e-4, vm.trainingPoint().tol(), "a listed tolerance is marked too");
        vm.trainingToleranceProperty().set(5e-4);
        assertNull(vm.trainingPoint(), "a tolerance this sweep did not include has no mark");
        vm.trainingToleranceProperty().set(Double.NaN);
        assertNull(vm.trainingPoint(), "a fixed-step solver has no tolerance to mark");
    }

    @Test
    void aTrainingToleranceAmongTheSweptOnesIsNotAddedTwice() {
        assertEquals(FrontierSweep.TOLERANCES.length, FrontierSweep.tolerancesWith(1e-3).length);
        assertEquals(FrontierSweep.TOLERANCES.length, FrontierSweep.tolerancesWith(Double.NaN).length);
        double[] with = FrontierSweep.tolerancesWith(2e-4);
        for (int i = 1; i < with.length; i++) {
            assertTrue(with[i] < with[i - 1], "loosest first");
        }
    }

    @Test
    void pointsAreJoinedByNfeAndByTimeAmongEqualNfeSoTheLineNeverRunsBack() {
        List<FrontierSweep.Point> sweepOrder = List.of(new FrontierSweep.Point(1e-1, 14, 0.3, 0.004),
                new FrontierSweep.Point(3e-2, 14, 0.2, 0.003), new FrontierSweep.Point(1e-2, 20, 0.1, 0.006),
                new FrontierSweep.Point(3e-3, 38, 0.05, 0.012), new FrontierSweep.Point(1e-3, 26, 0.02, 0.008));
        List<FrontierSweep.Point> line = FrontierViewModel.byNfe(sweepOrder);
        for (int i = 1; i < line.size(); i++) {
            FrontierSweep.Point a = line.get(i - 1);
            FrontierSweep.Point b = line.get(i);
            assertTrue(a.nfe() < b.nfe() || a.nfe() == b.nfe() && a.seconds() <= b.seconds(), a + " then " + b);
        }
        List<FrontierSweep.Point> fastest = FrontierViewModel.fastestPerNfe(sweepOrder);
        assertEquals(List.of(14, 20, 26, 38), fastest.stream().map(FrontierSweep.Point::nfe).toList());
        assertEquals(0.003, fastest.get(0).seconds(), "equal NFE, equal work: the line takes the fastest solve");
        List<FrontierSweep.Point> errors = FrontierViewModel.byError(sweepOrder);
        for (int i = 1; i < errors.size(); i++) {
            assertTrue(errors.get(i - 1).error() <= errors.get(i).error());
        }
    }

    @Test
    void clearDropsTheResultAndALateResultOfTheOldModel() {
        TrainingViewModel training = trained(1e-3);
        Deque<Runnable> work = new ArrayDeque<>();
        FrontierViewModel vm = new FrontierViewModel(work::add, Runnable::run);
        vm.run(training.session());
        assertTrue(vm.runningProperty().get());
        vm.clear();
        assertFalse(vm.runningProperty().get());
        work.poll().run();
        assertNull(vm.resultProperty().get(), "the sweep of the old model finished after the clear");
        assertEquals(FrontierViewModel.IDLE_MESSAGE, vm.messageProperty().get());

        vm.run(training.session());
        work.poll().run();
        assertNotNull(vm.resultProperty().get());
        vm.clear();
        assertNull(vm.resultProperty().get());
    }

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

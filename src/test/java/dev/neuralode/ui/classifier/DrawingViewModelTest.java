package dev.neuralode.ui.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strokes are collected as drawn; each change asks for a reading, and Clear drops a reading still on its way. */
class DrawingViewModelTest {

    private final List<Runnable> queued = new ArrayList<>();

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    @Test
    void strokesBecomeAnImageBeforeAnyModelIsReady() {
        DrawingViewModel vm = new DrawingViewModel(Runnable::run, Runnable::run, () -> 0L);
        vm.begin(0.5, 0.1);
        vm.extend(0.5, 0.5);
        vm.extend(0.52, 0.9);
        vm.end();
        assertEquals(1, vm.strokes().size());
        assertEquals(6, vm.strokes().get(0).length);
        DrawingViewModel.Result r = vm.resultProperty().get();
        assertNull(r.reading(), "no model yet");
        double ink = 0;
        for (float v : r.image()) {
            ink += v;
        }
        assertTrue(ink > 10, "a vertical stroke inked the 28 x 28 image: " + ink);
        assertTrue(vm.messageProperty().get().contains("not ready"), vm.messageProperty().get());
    }

    @Test
    void clearingDropsAReadingOfTheOldStrokes() {
        DrawingViewModel vm = new DrawingViewModel(queued::add, Runnable::run, () -> 0L);
        vm.begin(0.2, 0.2);
        vm.extend(0.8, 0.8);
        long revision = vm.strokesRevisionProperty().get();
        vm.clear();
        assertTrue(vm.strokesRevisionProperty().get() > revision);
        assertTrue(vm.isEmpty());
        runQueued();
        assertNull(vm.resultProperty().get(), "the reading of the wiped strokes is not shown");
    }
}

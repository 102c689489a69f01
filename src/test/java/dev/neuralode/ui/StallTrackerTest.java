package dev.neuralode.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StallTrackerTest {

    @Test
    void onlyGapsWhileTrainingCountAndTheWindowRestarts() {
        StallTracker t = new StallTracker();
        t.record(500_000_000L, false);
        t.record(17_000_000L, true);
        t.record(42_000_000L, true);
        assertEquals(42.0, t.longestMillis(), 1e-9);
        assertEquals(2, t.pulsesWhileTraining());
        assertEquals(0.0, t.overBudgetShare());
        t.record(60_000_000L, true);
        assertEquals(1.0 / 3, t.overBudgetShare(), 1e-12);
        t.newWindow();
        t.record(20_000_000L, true);
        assertEquals(20.0, t.windowLongestMillis(), 1e-9);
        assertEquals(60.0, t.longestMillis(), 1e-9);
    }
}

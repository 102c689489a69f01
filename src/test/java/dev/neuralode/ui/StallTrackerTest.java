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
        t.newWindow();
        t.record(20_000_000L, true);
        assertEquals(20.0, t.windowLongestMillis(), 1e-9);
        assertEquals(42.0, t.longestMillis(), 1e-9);
    }
}

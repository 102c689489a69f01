package dev.neuralode.ui.classifier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A measurement that took c is next due after c (1 - share) / share, and never sooner than the least interval. */
class BackgroundBudgetTest {

    @Test
    void aCostlyRunWaitsLongerAndAResetStartsAtOnce() {
        BackgroundBudget b = new BackgroundBudget(0.25, 100);
        assertTrue(b.due(0), "the first run is due at once");
        b.record(1_000, 2_000);
        assertFalse(b.due(4_999), "a quarter of a core: 3,000 after a run of 1,000");
        assertTrue(b.due(5_000));
        b.record(10, 6_000);
        assertFalse(b.due(6_099), "never sooner than the least interval");
        assertTrue(b.due(6_100));
        b.record(1_000_000, 7_000);
        b.reset();
        assertTrue(b.due(7_001));
        assertThrows(IllegalArgumentException.class, () -> new BackgroundBudget(0, 1));
    }
}

package dev.neuralode.autodiff.kernel.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The pool reuses arrays of the lengths a loop keeps asking for, within its budget, and forgets the others. */
class ArrayPoolTest {

    @Test
    void anArrayGivenBackIsTakenAgainForItsLength() {
        ArrayPool pool = new ArrayPool(1000);
        float[] a = pool.take(10);
        pool.give(a);
        assertEquals(10, pool.floats());
        assertNotSame(a, pool.take(11));
        assertSame(a, pool.take(10));
        assertEquals(0, pool.floats());
    }

    @Test
    void arraysBeyondTheBudgetAreLeftToTheCollector() {
        ArrayPool pool = new ArrayPool(25);
        pool.give(pool.take(10));
        pool.give(new float[10]);
        pool.give(new float[10]);
        assertEquals(20, pool.floats());
    }

    @Test
    void lengthsThatNoScopeAsksForAnyMoreAreForgotten() {
        ArrayPool pool = new ArrayPool(1000);
        // Scope 1: a loop body asks for lengths 10 and 30 (say, a batch of 3 series).
        pool.give(pool.take(10));
        pool.give(pool.take(30));
        pool.endScope();
        // Scopes 2 to 4 ask for 10 and 40 (a batch of 4): 30 is not asked for again.
        for (int s = 0; s < 3; s++) {
            pool.give(pool.take(10));
            pool.give(pool.take(40));
            pool.endScope();
        }
        assertEquals(50, pool.floats(), "only the arrays of 10 and 40 stay");
    }

    @Test
    void aLengthAskedForEveryOtherScopeIsKept() {
        ArrayPool pool = new ArrayPool(1000);
        float[] a = pool.take(10);
        pool.give(a);
        pool.endScope();
        pool.endScope();
        assertSame(a, pool.take(10));
    }
}

package dev.neuralode.autodiff.kernel.host;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * One thread's free float arrays by length, behind {@link HostScope}. It holds at most a budget of
 * floats, and forgets the lengths that nothing asked for in the last two outermost scopes.
 *
 * <p>Why forget: a training loop whose arrays change length from one iteration to the next (batches
 * of irregular series, each with its own union of observation times) would otherwise fill the
 * budget with arrays of lengths that never come again, heap held for nothing.
 */
final class ArrayPool {

    /** The free arrays of one length, and the scope that last asked for that length. */
    private static final class Shelf {
        final ArrayDeque<float[]> free = new ArrayDeque<>();
        final int length;
        long lastAsked;

        Shelf(int length) {
            this.length = length;
        }
    }

    private final Map<Integer, Shelf> shelves = new HashMap<>();
    private final long budget;
    private long floats;
    private long scope;

    /** @param budget floats kept at most */
    ArrayPool(long budget) {
        this.budget = budget;
    }

    /** A free array of length n, or a new one (zeroed) when there is none. */
    float[] take(int n) {
        Shelf s = shelves.computeIfAbsent(n, Shelf::new);
        s.lastAsked = scope;
        float[] a = s.free.poll();
        if (a == null) {
            return new float[n];
        }
        floats -= n;
        return a;
    }

    /** Keeps {@code a} for a later {@link #take} of its length, unless the budget is full. */
    void give(float[] a) {
        if (floats + a.length <= budget) {
            shelves.computeIfAbsent(a.length, Shelf::new).free.push(a);
            floats += a.length;
        }
    }

    /** Ends an outermost scope: lengths not asked for in it or the scope before are dropped. */
    void endScope() {
        scope++;
        shelves.values().removeIf(s -> {
            boolean stale = scope - s.lastAsked > 2;
            if (stale) {
                floats -= (long) s.length * s.free.size();
            }
            return stale;
        });
    }

    /** Floats held for reuse. */
    long floats() {
        return floats;
    }
}

package dev.neuralode.data;

import java.util.random.RandomGenerator;

/**
 * Seeded random orders of {@code 0 .. n-1}, shared by every split and every batch order, so that the
 * same seed always picks the same items whichever dataset asks: the Fisher-Yates shuffle (Knuth,
 * <i>The Art of Computer Programming</i>, vol. 2, section 3.4.2, Algorithm P) run from the back, and
 * its forward form stopped after {@code k} swaps, which draws {@code k} items without replacement.
 */
public final class Permutations {

    private Permutations() {
    }

    /** {@code 0 .. n-1} in the order of a Fisher-Yates shuffle driven by {@code rng}: for i from n-1 down to 1, swap i with a uniform j in [0, i]. */
    public static int[] shuffled(int n, RandomGenerator rng) {
        int[] order = identity(n);
        for (int i = order.length - 1; i > 0; i--) {
            swap(order, i, rng.nextInt(i + 1));
        }
        return order;
    }

    /**
     * {@code k} distinct indices of {@code 0 .. n-1} drawn uniformly without replacement, in the order
     * drawn: the first k steps of the forward shuffle (for i from 0, swap i with a uniform j in [i, n)).
     */
    public static int[] draw(int n, int k, RandomGenerator rng) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("cannot draw " + k + " of " + n + " items without replacement");
        }
        int[] order = identity(n);
        for (int i = 0; i < k; i++) {
            swap(order, i, i + rng.nextInt(n - i));
        }
        return java.util.Arrays.copyOf(order, k);
    }

    /** {@code 0 .. n-1} in order. */
    public static int[] identity(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a permutation needs a size of at least 0, was " + n);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

package dev.neuralode.cli;

import java.util.Arrays;

/** Repeats a piece of work after a warm-up and reports the median time, which ignores GC and JIT outliers. */
final class Stopwatch {

    private Stopwatch() {
    }

    /** Median seconds per run of {@code work} over {@code runs} runs after {@code warmup} unmeasured ones. */
    static double medianSeconds(int warmup, int runs, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return runs % 2 == 1 ? seconds[runs / 2] : 0.5 * (seconds[runs / 2 - 1] + seconds[runs / 2]);
    }
}

package dev.neuralode.autodiff;

import java.util.concurrent.atomic.AtomicLong;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.profiler.OpProfiler;

/**
 * Counts calls into native code, the cost that decides speed at Neural ODE sizes (20 to 40
 * microseconds each through ND4J). Counted: ND4J op executions (by ND4J's own profiler, switched on
 * only while counting) plus the engine's direct BLAS calls and its copies between Java arrays and
 * ND4J arrays. Not counted: ND4J's allocations.
 */
public final class NativeCalls {

    private static final AtomicLong DIRECT = new AtomicLong();

    private NativeCalls() {
    }

    static void add(long n) {
        DIRECT.addAndGet(n);
    }

    /** Runs {@code work} once and returns the native calls it made. */
    public static long count(Runnable work) {
        OpExecutioner executioner = Nd4j.getExecutioner();
        OpExecutioner.ProfilingMode previous = executioner.getProfilingMode();
        OpProfiler.getInstance().reset();
        long before = DIRECT.get();
        executioner.setProfilingMode(OpExecutioner.ProfilingMode.OPERATIONS);
        try {
            work.run();
        } finally {
            executioner.setProfilingMode(previous);
        }
        return OpProfiler.getInstance().getInvocationsCount() + DIRECT.get() - before;
    }
}

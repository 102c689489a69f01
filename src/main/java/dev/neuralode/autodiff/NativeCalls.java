package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.host.HostScope;
import dev.neuralode.autodiff.kernel.nd4j.Nd4jRuntime;

/**
 * Counts calls into native code, the cost that decides speed at Neural ODE sizes. Counted: ND4J op
 * executions (by ND4J's own profiler, switched on only while counting), copies between Java arrays
 * and ND4J arrays, and the host kernels' direct BLAS calls. Not counted: ND4J's allocations.
 */
public final class NativeCalls {

    private NativeCalls() {
    }

    /** Runs {@code work} once and returns the native calls it made. */
    public static long count(Runnable work) {
        long before = HostScope.nativeCalls();
        long nd4j = Nd4jRuntime.countCalls(work);
        return nd4j + HostScope.nativeCalls() - before;
    }
}

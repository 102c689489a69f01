package dev.neuralode.autodiff.kernel.nd4j;

import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.profiler.OpProfiler;

/**
 * ND4J's start-up and what it reports: whether its backend is a CPU, its name, its native thread
 * count, its off-heap memory and its op count. ND4J's first start unpacks its native libraries
 * (hundreds of MB) into {@code ~/.javacpp/cache} and can take seconds.
 */
public final class Nd4jRuntime {

    private static final AtomicLong COPIES = new AtomicLong();

    private Nd4jRuntime() {
    }

    /** Whether ND4J's backend computes on the CPU (nd4j-native), as opposed to a GPU (nd4j-cuda). */
    public static boolean isCpu() {
        return Nd4j.getEnvironment().isCPU();
    }

    /** The backend's class name, such as CpuBackend. */
    public static String backendName() {
        return Nd4j.getBackend().getClass().getSimpleName();
    }

    /** Sets the number of native threads ND4J and its BLAS use. */
    public static void setThreads(int threads) {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** Bytes of native memory JavaCPP has allocated, and the process's physical bytes. */
    public static long[] nativeBytes() {
        return new long[] {Pointer.totalBytes(), Pointer.physicalBytes()};
    }

    static void countCopy() {
        COPIES.incrementAndGet();
    }

    /**
     * Runs {@code work} with ND4J's op profiler on and returns the native calls it made: ND4J op
     * executions plus bulk copies between Java arrays and ND4J arrays. Allocations are not counted.
     */
    public static long countCalls(Runnable work) {
        OpExecutioner executioner = Nd4j.getExecutioner();
        OpExecutioner.ProfilingMode previous = executioner.getProfilingMode();
        OpProfiler.getInstance().reset();
        long copies = COPIES.get();
        executioner.setProfilingMode(OpExecutioner.ProfilingMode.OPERATIONS);
        try {
            work.run();
        } finally {
            executioner.setProfilingMode(previous);
        }
        return OpProfiler.getInstance().getInvocationsCount() + COPIES.get() - copies;
    }
}

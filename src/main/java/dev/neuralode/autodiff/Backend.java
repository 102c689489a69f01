package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.host.HostKernels;
import dev.neuralode.autodiff.kernel.nd4j.Nd4jRuntime;

/**
 * The numeric backend: starts ND4J once, sets its thread count, and reports what is loaded.
 *
 * <p>ND4J's first start unpacks its native libraries (hundreds of MB) into {@code ~/.javacpp/cache}
 * and can take seconds, so callers with a user interface start it off their UI thread.
 *
 * <p>Threads default to one: on the two-core machines this project targets, ND4J's default of two
 * OpenMP threads made one 1024x64x64 matrix product slower and far more erratic than one thread
 * (docs/cli.md, "Threads"). The setting is read from
 * the system property {@value #THREADS_PROPERTY} and can be changed later with {@link #setThreads}.
 * It is set from code, not from {@code OMP_NUM_THREADS}, because a packaged app cannot set
 * environment variables.
 */
public final class Backend {

    /** System property holding the thread count used by {@link #start()}. */
    public static final String THREADS_PROPERTY = "neuralode.threads";

    private static volatile BackendInfo info;

    private Backend() {
    }

    /** Starts ND4J with the thread count from {@value #THREADS_PROPERTY} (default 1). */
    public static BackendInfo start() {
        return start(threadsFromProperty(System.getProperty(THREADS_PROPERTY)));
    }

    /** Starts ND4J with the given thread count; later calls only change the thread count. */
    public static synchronized BackendInfo start(int threads) {
        requireValidThreads(threads);
        BackendInfo current = info;
        if (current == null) {
            boolean cpu = Nd4jRuntime.isCpu();
            current = new BackendInfo(cpu ? "CPU" : "CUDA", Nd4jRuntime.backendName(), threads, KernelChoice.describe());
        }
        applyThreads(threads);
        info = current.withThreads(threads);
        return info;
    }

    /** Changes the number of native threads ND4J and its BLAS use. */
    public static synchronized BackendInfo setThreads(int threads) {
        if (info == null) {
            return start(threads);
        }
        requireValidThreads(threads);
        applyThreads(threads);
        info = info.withThreads(threads);
        return info;
    }

    /** Which kernels compute each dtype, for example {@code float32 on host kernels, float64 on ND4J kernels}. */
    public static String kernels() {
        return KernelChoice.describe();
    }

    /** What {@link #start} loaded, or {@code null} before the backend has started. */
    public static BackendInfo infoOrNull() {
        return info;
    }

    /** Heap and native memory of this process, as the status bar and memory benchmarks report it. */
    public static MemoryFigures memory() {
        Runtime runtime = Runtime.getRuntime();
        long[] nativeBytes = Nd4jRuntime.nativeBytes();
        return new MemoryFigures(runtime.totalMemory() - runtime.freeMemory(), runtime.maxMemory(), nativeBytes[0], nativeBytes[1]);
    }

    /**
     * Parses a thread-count setting.
     *
     * @param value the setting, or {@code null} for the default of one thread
     * @throws IllegalArgumentException naming the value and the fix when it is not a positive integer
     */
    public static int threadsFromProperty(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int threads = Integer.parseInt(value.trim());
            requireValidThreads(threads);
            return threads;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(THREADS_PROPERTY + " must be a positive integer such as 1 or 2, was '"
                    + value + "'", e);
        }
    }

    private static void requireValidThreads(int threads) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("the thread count must be between 1 and 256, was " + threads
                    + "; one thread is the measured best on two cores");
        }
    }

    private static void applyThreads(int threads) {
        Nd4jRuntime.setThreads(threads);
        HostKernels.setThreads(threads);
    }
}

package dev.neuralode.autodiff;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.autodiff.kernel.Kernels;
import dev.neuralode.autodiff.kernel.host.HostKernels;
import dev.neuralode.autodiff.kernel.nd4j.Nd4jKernels;
import dev.neuralode.autodiff.kernel.nd4j.Nd4jRuntime;

/**
 * The one place that chooses the kernels for a dtype: float32 on a CPU backend gets the host
 * kernels; float64, and everything on a non-CPU backend (CUDA), gets the ND4J kernels, since host
 * arrays would cost a device round trip per op there. The system property {@value #PROPERTY}
 * {@code =false} forces the ND4J kernels for float32 too.
 */
final class KernelChoice {

    static final String PROPERTY = "neuralode.hostKernels";

    private static volatile boolean hostAllowed = choose(DType.FLOAT32, Nd4jRuntime.isCpu(),
            Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) == HostKernels.INSTANCE;

    private KernelChoice() {
    }

    /**
     * The rule itself, free of global state so that it can be tested for any backend.
     *
     * @param cpuBackend whether ND4J's backend is a CPU one
     * @param hostKernels the setting of {@value #PROPERTY}
     */
    static Kernels choose(DType dtype, boolean cpuBackend, boolean hostKernels) {
        return dtype == DType.FLOAT32 && cpuBackend && hostKernels ? HostKernels.INSTANCE : Nd4jKernels.INSTANCE;
    }

    /** The kernels that compute tensors of this dtype. */
    static Kernels of(DType dtype) {
        return dtype == DType.FLOAT32 && hostAllowed ? HostKernels.INSTANCE : Nd4jKernels.INSTANCE;
    }

    /** For tests that compare the two kernels on one CPU; returns the previous setting. */
    static boolean setHostAllowed(boolean on) {
        boolean previous = hostAllowed;
        hostAllowed = choose(DType.FLOAT32, Nd4jRuntime.isCpu(), on) == HostKernels.INSTANCE;
        return previous;
    }

    /** Which kernels run each dtype, as the status bar and {@code info} say it. */
    static String describe() {
        return "float32 on " + of(DType.FLOAT32).name() + " kernels, float64 on " + of(DType.FLOAT64).name() + " kernels";
    }
}

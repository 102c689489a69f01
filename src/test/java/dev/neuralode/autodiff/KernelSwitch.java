package dev.neuralode.autodiff;

import java.util.function.Supplier;

/**
 * Runs work with float32 on the ND4J kernels, as on a GPU backend, for tests that compare the two
 * kernel implementations on one CPU. A test hook over the package-private switch; main code has none.
 */
public final class KernelSwitch {

    private KernelSwitch() {
    }

    /** {@code work} with float32 computed by the ND4J kernels; the previous choice is restored after. */
    public static <T> T onNd4j(Supplier<T> work) {
        boolean previous = KernelChoice.setHostAllowed(false);
        try {
            return work.get();
        } finally {
            KernelChoice.setHostAllowed(previous);
        }
    }

    /** {@code work} with float32 computed by the host kernels (the default on a CPU). */
    public static <T> T onHost(Supplier<T> work) {
        boolean previous = KernelChoice.setHostAllowed(true);
        try {
            return work.get();
        } finally {
            KernelChoice.setHostAllowed(previous);
        }
    }
}

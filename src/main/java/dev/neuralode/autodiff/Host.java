package dev.neuralode.autodiff;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Decides whether an op runs on the host fast path: float32 values in Java arrays, computed by
 * loops that HotSpot vectorises and by OpenBLAS called directly, instead of one ND4J call per op.
 *
 * <p>Why: at the sizes Neural ODEs use, an ND4J call costs 20 to 40 microseconds of overhead and
 * each off-heap allocation more, while the arithmetic of a 1024x64 elementwise op takes a few
 * microseconds (measured on the reference machine: ND4J tanh 350 us against 27 us here; a 1024x64
 * by 64x64 product 265 to 650 us through ND4J against 90 us through OpenBLAS directly). The
 * generic ND4J path stays for float64 (gradient checks), for ops without a host kernel, and for a
 * non-CPU backend, where host arrays would mean device round trips. Tests run both paths and
 * compare them.
 *
 * <p>The path can be turned off with the system property {@value #PROPERTY}{@code =false}.
 */
final class Host {

    static final String PROPERTY = "neuralode.hostKernels";

    private static volatile boolean enabled = Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))
            && Nd4j.getEnvironment().isCPU();

    private Host() {
    }

    static boolean enabled() {
        return enabled;
    }

    /** Whether all these tensors can be computed on the host fast path. */
    static boolean use(Tensor a) {
        return enabled && a.dtype() == DataType.FLOAT;
    }

    static boolean use(Tensor a, Tensor b) {
        return enabled && a.dtype() == DataType.FLOAT && b.dtype() == DataType.FLOAT;
    }

    static boolean use(Tensor[] ts) {
        if (!enabled) {
            return false;
        }
        for (Tensor t : ts) {
            if (t.dtype() != DataType.FLOAT) {
                return false;
            }
        }
        return true;
    }

    /** For tests that compare the two paths; returns the previous setting. */
    static boolean setEnabled(boolean on) {
        boolean previous = enabled;
        enabled = on && Nd4j.getEnvironment().isCPU();
        return previous;
    }
}

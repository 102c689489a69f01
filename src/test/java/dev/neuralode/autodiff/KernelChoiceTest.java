package dev.neuralode.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.autodiff.kernel.host.HostKernels;
import dev.neuralode.autodiff.kernel.nd4j.Nd4jKernels;
import org.junit.jupiter.api.Test;

/** The one switch: float32 on a CPU backend runs on the host kernels, everything else on ND4J. */
class KernelChoiceTest {

    @Test
    void float32OnACpuBackendRunsOnTheHostKernels() {
        assertSame(HostKernels.INSTANCE, KernelChoice.choose(DType.FLOAT32, true, true));
    }

    @Test
    void float64RunsOnNd4jOnEveryBackend() {
        assertSame(Nd4jKernels.INSTANCE, KernelChoice.choose(DType.FLOAT64, true, true));
        assertSame(Nd4jKernels.INSTANCE, KernelChoice.choose(DType.FLOAT64, false, true));
    }

    @Test
    void aCudaBackendRunsEverythingOnNd4j() {
        for (DType d : DType.values()) {
            assertSame(Nd4jKernels.INSTANCE, KernelChoice.choose(d, false, true), d + " on CUDA");
        }
    }

    @Test
    void thePropertyForcesNd4jForFloat32() {
        assertSame(Nd4jKernels.INSTANCE, KernelChoice.choose(DType.FLOAT32, true, false));
    }

    @Test
    void tensorsComputeOnTheKernelsOfTheirDtype() {
        KernelSwitch.onHost(() -> {
            assertSame(HostKernels.INSTANCE, Tensor.zeros(DType.FLOAT32, 2).kernels());
            assertSame(Nd4jKernels.INSTANCE, Tensor.zeros(DType.FLOAT64, 2).kernels());
            return null;
        });
        KernelSwitch.onNd4j(() -> {
            assertSame(Nd4jKernels.INSTANCE, Tensor.zeros(DType.FLOAT32, 2).kernels());
            return null;
        });
    }

    @Test
    void theStatusLineSaysWhichKernelsRun() {
        BackendInfo info = Backend.start(1);
        assertTrue(info.describe().contains("float32 on host kernels, float64 on ND4J kernels"), info.describe());
        assertEquals("CPU", info.device());
        String forced = KernelSwitch.onNd4j(KernelChoice::describe);
        assertEquals("float32 on ND4J kernels, float64 on ND4J kernels", forced);
    }

    @Test
    void storageFromTheOtherKernelsIsAdoptedOnUse() {
        Tensor made = KernelSwitch.onNd4j(() -> Tensor.fromValues(new double[] {1, -2, 3}, DType.FLOAT32, 3));
        Tensor onHost = KernelSwitch.onHost(() -> made.mul(made).add(made.to(DType.FLOAT64).to(DType.FLOAT32)));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {2, 2, 12}, onHost.toDoubleArray());
    }
}

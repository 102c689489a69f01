package dev.neuralode.autodiff;

/**
 * What the numeric backend is: the device kind ({@code CPU} or {@code CUDA}), ND4J's backend class
 * and the number of native threads.
 */
public record BackendInfo(String device, String backendName, int threads, String kernels) {

    BackendInfo withThreads(int newThreads) {
        return new BackendInfo(device, backendName, newThreads, kernels);
    }

    /**
     * One line for a status bar or a log, for example
     * {@code CPU (CpuBackend), 1 thread; float32 on host kernels, float64 on ND4J kernels}.
     */
    public String describe() {
        return device + " (" + backendName + "), " + threads + (threads == 1 ? " thread" : " threads") + "; " + kernels;
    }
}

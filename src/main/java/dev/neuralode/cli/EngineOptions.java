package dev.neuralode.cli;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.BackendInfo;
import picocli.CommandLine.Option;

/** Options shared by every command that starts the numeric engine. */
final class EngineOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "native threads for ND4J and BLAS (default: system property neuralode.threads, else 1)")
    private Integer threads;

    /** Which kernels compute each dtype, for benchmark headers. */
    String describeKernels() {
        return Backend.kernels();
    }

    /** Starts the engine with the chosen thread count. */
    BackendInfo startEngine() {
        return threads == null ? Backend.start() : Backend.start(threads);
    }
}

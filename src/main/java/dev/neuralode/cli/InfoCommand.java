package dev.neuralode.cli;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.BackendInfo;
import dev.neuralode.train.BuildInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Starts the engine and prints what was loaded: version, backend, threads, memory. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Start the numeric engine and print the version, backend, threads and memory.")
final class InfoCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private EngineOptions engine;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        BackendInfo info = engine.startEngine();
        double seconds = (System.nanoTime() - started) / 1e9;
        var out = spec.commandLine().getOut();
        out.println("version  " + BuildInfo.version());
        out.println("backend  " + info.describe());
        out.println("memory   " + Backend.memory().describe());
        out.printf("started  in %.2f s%n", seconds);
        return 0;
    }
}

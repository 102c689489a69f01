package dev.neuralode.cli;

import dev.neuralode.data.Mnist;
import dev.neuralode.data.MnistImages;
import dev.neuralode.model.odenet.BlockSolver;
import dev.neuralode.train.MnistSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval mnist}: the test error and mean NFE of a trained classifier, once; with {@code --sweep}
 * the error, NFE and time at a range of test-time tolerances (the paper's Fig. 3a and 3b on MNIST).
 */
@Command(name = "mnist", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Test error and mean NFE of a trained MNIST classifier; --sweep trades tolerance for speed.")
final class EvalMnistCommand implements Callable<Integer> {

    private static final double[] SWEEP = {1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 1e-4, 1e-5};

    @CommandLine.Mixin
    private EngineOptions engine;

    @CommandLine.Mixin
    private MnistData data;

    @Option(names = "--checkpoint", required = true, description = "a checkpoint written by train mnist (best.ckpt)")
    private Path checkpoint;

    @Option(names = "--rtol", description = "test-time tolerance of the ODE block (rtol = atol; default: the training one)")
    private Double rtol;

    @Option(names = "--sweep", description = "evaluate at tolerances from 1e-1 to 1e-5")
    private boolean sweep;

    @Option(names = "--test-images", defaultValue = "0", description = "test images to use, 0 for all 10,000 (default: ${DEFAULT-VALUE})")
    private int testImages;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private MnistImages test;

    @Override
    public Integer call() throws Exception {
        engine.startEngine();
        PrintWriter out = spec.commandLine().getOut();
        Mnist mnist = data.load();
        test = mnist.test();
        MnistSession session = MnistSession.resume(checkpoint, mnist.train());
        BlockSolver trained = session.model().solver();
        out.printf(Locale.ROOT, "%s, %,d parameters, trained %d iterations%n", session.config().architecture().title(),
                session.model().parameterCount(), session.iteration());
        if (!sweep || trained == null) {
            if (rtol != null && trained != null) {
                session.model().setSolver(trained.withTolerances(rtol, rtol));
            }
            report(out, session, null);
            return 0;
        }
        out.println("tolerance  test error  mean NFE  seconds");
        for (double tol : SWEEP) {
            session.model().setSolver(trained.withTolerances(tol, tol));
            report(out, session, tol);
        }
        return 0;
    }

    private void report(PrintWriter out, MnistSession session, Double tol) {
        MnistSession.Evaluation e = session.evaluate(test, testImages);
        if (tol == null) {
            out.printf(Locale.ROOT, "test error %.2f%% on %,d images, mean NFE %.1f, %.1f s%n", 100 * e.error(), e.images(),
                    e.meanNfe(), e.seconds());
        } else {
            out.printf(Locale.ROOT, "%9.0e  %9.2f%%  %8.1f  %7.1f%n", tol, 100 * e.error(), e.meanNfe(), e.seconds());
        }
    }
}

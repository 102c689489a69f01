package dev.neuralode.cli;

import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.FlowSnapshot;
import dev.neuralode.train.TrainingSession;
import dev.neuralode.train.TrainingSnapshot;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * One model of the CNF-versus-NF comparison trained headless for a fixed number of iterations. The
 * final loss is the mean training loss over the last {@value #AVERAGED} iterations (or all of them,
 * if fewer): one batch's loss is a noisy Monte Carlo estimate, the mean of many is not.
 *
 * @param label      the model's name in tables and pictures, such as {@code CNF M=8}
 * @param config     what was trained
 * @param iterations the iterations run (fewer than asked when training failed)
 * @param seconds    wall time of training
 * @param finalLoss  the averaged final training loss, NaN when no iteration succeeded
 * @param failure    why training stopped early, or null
 * @param session    the trained session, for pictures and held-out evaluation
 */
record FlowRun(String label, CnfExperiment config, long iterations, double seconds, double finalLoss, String failure,
               TrainingSession session) {

    static final int AVERAGED = 100;

    /** Trains {@code config} for {@code iterations}, printing progress ten times. */
    static FlowRun train(PrintWriter o, String row, String label, CnfExperiment config, long iterations) {
        TrainingSession session = new TrainingSession(config, null);
        long every = Math.max(1, iterations / 10);
        long start = System.nanoTime();
        double sum = 0;
        int counted = 0;
        String failure = null;
        for (long n = 1; n <= iterations; n++) {
            TrainingSnapshot s = session.step();
            if (s.failed()) {
                failure = s.message();
                o.printf(Locale.ROOT, "  %-12s %-10s failed at iteration %d: %s%n", row, label, n, failure);
                break;
            }
            if (n > iterations - AVERAGED) {
                sum += s.loss();
                counted++;
            }
            if (n % every == 0 || n == iterations) {
                o.printf(Locale.ROOT, "  %-12s %-10s %7d/%d  loss %9.4f  %7.1f s%n", row, label, n, iterations, s.loss(),
                        (System.nanoTime() - start) / 1e9);
                o.flush();
            }
        }
        return new FlowRun(label, config, session.iteration(), (System.nanoTime() - start) / 1e9,
                counted == 0 ? Double.NaN : sum / counted, failure, session);
    }

    FlowSnapshot frozen() {
        return session.freeze();
    }
}

package dev.neuralode.cli;

import dev.neuralode.io.AtomicFiles;
import dev.neuralode.train.MnistExperiment;
import dev.neuralode.train.MnistSession;
import dev.neuralode.train.TrainingSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The epoch loop of {@code train mnist} and {@code reproduce mnist}: every iteration a row of
 * {@code metrics.csv}; after every epoch {@code checkpoint.ckpt}, the validation error, and
 * {@code best.ckpt} when that error is the lowest so far, so model selection never reads the test set.
 */
final class MnistTraining {

    /**
     * How a run ended.
     *
     * @param failed              an iteration failed; the last good state is in checkpoint.ckpt
     * @param bestValidationError the lowest validation error of an epoch (0 without validation images)
     * @param secondsPerIteration mean seconds of a training iteration
     * @param meanNfeForward      mean forward NFE of the last epoch's iterations
     */
    record Outcome(boolean failed, double bestValidationError, double secondsPerIteration, double meanNfeForward) {
    }

    private MnistTraining() {
    }

    /**
     * Trains {@code session} to its last epoch, writing {@code config.json} and the files above to
     * {@code out}.
     *
     * @param resumedAt       the iteration of the checkpoint resumed from, or -1 for a new run
     * @param validationLimit validation images evaluated after each epoch, 0 for all held out
     */
    static Outcome run(MnistSession session, Path out, long resumedAt, int validationLimit, PrintWriter stdout, PrintWriter err)
            throws IOException {
        MnistExperiment exp = session.config();
        Files.createDirectories(out);
        AtomicFiles.writeString(out.resolve("config.json"), exp.toJson());
        stdout.printf(Locale.ROOT, "training %s (%,d parameters), %d epochs of %d iterations at batch %d, writing to %s%n",
                exp.architecture().title(), session.model().parameterCount(), exp.epochs(), session.iterationsPerEpoch(),
                exp.batchSize(), out.toAbsolutePath());
        stdout.flush();
        long total = (long) exp.epochs() * session.iterationsPerEpoch();
        double best = Double.POSITIVE_INFINITY;
        double seconds = 0;
        long nfeEpoch = 0;
        long iterations = 0;
        try (RunFiles files = RunFiles.open(out, resumedAt, "iteration,epoch,loss,nfe_f,nfe_b,seconds,learning_rate")) {
            for (long i = session.iteration() + 1; i <= total; i++) {
                TrainingSnapshot s = session.step();
                if (s.failed()) {
                    files.failed(s, session::save, err);
                    return new Outcome(true, best, seconds / Math.max(1, iterations), 0);
                }
                int epoch = session.epochOf(i);
                seconds += s.seconds();
                iterations++;
                nfeEpoch += s.nfeForward();
                files.row(String.format(Locale.ROOT, "%d,%d,%.6f,%d,%d,%.4f,%g", i, epoch + 1, s.loss(), s.nfeForward(),
                        s.nfeBackward(), s.seconds(), exp.schedule().rate(epoch)));
                if (files.stopped(i, session::save, err)) {
                    return new Outcome(true, best, seconds / Math.max(1, iterations), 0);
                }
                if (i % session.iterationsPerEpoch() == 0) {
                    best = endOfEpoch(session, out, epoch, best, s, validationLimit, stdout);
                    if (i < total) {
                        nfeEpoch = 0;
                    }
                }
            }
        }
        session.save(out.resolve("checkpoint.ckpt"));
        return new Outcome(false, best, seconds / Math.max(1, iterations), nfeEpoch / (double) session.iterationsPerEpoch());
    }

    private static double endOfEpoch(MnistSession session, Path out, int epoch, double best, TrainingSnapshot s, int validationLimit,
                                     PrintWriter stdout) throws IOException {
        session.save(out.resolve("checkpoint.ckpt"));
        MnistSession.Evaluation v = session.validationImages() == null ? null : session.evaluate(session.validationImages(), validationLimit);
        stdout.printf(Locale.ROOT, "epoch %d/%d  loss %.4f  NFE %d/%d  %.3f s/it%s%n", epoch + 1, session.config().epochs(),
                s.loss(), s.nfeForward(), s.nfeBackward(), s.seconds(),
                v == null ? "" : String.format(Locale.ROOT, "  validation error %.2f%% on %,d (NFE %.1f)", 100 * v.error(), v.images(),
                        v.meanNfe()));
        stdout.flush();
        double error = v == null ? 0 : v.error();
        if (error <= best) {
            session.save(out.resolve("best.ckpt"));
            return error;
        }
        return best;
    }
}

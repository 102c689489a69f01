package dev.neuralode.train;

import dev.neuralode.data.MnistImages;
import dev.neuralode.model.odenet.BlockSolver;
import dev.neuralode.ode.Methods;
import dev.neuralode.ode.OdeSolveException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The speed/precision trade-off of a trained ODE-Net at test time (the paper's Figure 3a and 3b on
 * MNIST): the same images classified with the ODE block solved at each tolerance (rtol = atol),
 * with the error rate, the mean forward NFE and the time each took. Runs on the caller's thread, on
 * a {@link FrozenClassifier}, so that training may go on meanwhile.
 */
public final class ToleranceSweep {

    /** Tolerances swept, loosest first (the training one is added when it is not among them). */
    public static final double[] TOLERANCES = {1e-1, 3e-2, 1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5};

    /**
     * One tolerance's outcome.
     *
     * @param error   the fraction of images misclassified
     * @param nfe     the mean forward NFE of a batch's solve
     * @param seconds wall time per image
     */
    public record Point(double tol, double error, double nfe, double seconds) {
    }

    /**
     * @param failures the tolerances whose solve failed, each with the reason
     * @param trained  the tolerance the model trained at (one of the points unless it failed)
     */
    public record Result(long iteration, int images, double trained, List<Point> points, List<String> failures) {
    }

    private ToleranceSweep() {
    }

    /** Why a model cannot be swept, or null when it can: a sweep needs an ODE block with an adaptive method. */
    public static String unsweepable(BlockSolver trained) {
        if (trained == null) {
            return "this model has no ODE block, so no tolerance to trade: choose ODE-Net";
        }
        if (!Methods.byName(trained.method()).hasErrorEstimate()) {
            return trained.method() + " takes fixed steps and ignores the tolerance: choose an adaptive method such as dopri5";
        }
        return null;
    }

    /** {@link #TOLERANCES} and {@code trained}, loosest first, without repeats. */
    public static double[] tolerancesWith(double trained) {
        TreeSet<Double> all = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (double t : TOLERANCES) {
            all.add(t);
        }
        if (all.stream().noneMatch(t -> Math.abs(t - trained) <= 1e-9 * t)) {
            all.add(trained);
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Sweeps the tolerances of {@link #tolerancesWith} on the first {@code limit} images.
     *
     * @param progress hears the fraction done, in (0, 1]
     * @param cancel   stops within one batch of images; the points finished so far are returned
     * @throws IllegalArgumentException when the model cannot be swept ({@link #unsweepable} says why)
     */
    public static Result run(FrozenClassifier model, MnistImages images, int limit, DoubleConsumer progress,
                             BooleanSupplier cancel) {
        BlockSolver trained = model.trainedSolver();
        String why = unsweepable(trained);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        int n = Math.min(limit, images.count());
        double[] tolerances = tolerancesWith(trained.rtol());
        List<Point> points = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < tolerances.length && !cancel.getAsBoolean(); k++) {
            double tol = tolerances[k];
            int finished = k;
            try {
                MnistSession.Evaluation e = model.evaluate(images, n, trained.withTolerances(tol, tol),
                        done -> progress.accept((finished + done / (double) n) / tolerances.length), cancel);
                if (e.images() == n) {
                    points.add(new Point(tol, e.error(), e.meanNfe(), e.seconds() / n));
                }
            } catch (OdeSolveException e) {
                failures.add(String.format(Locale.ROOT, "%.0e (%s)", tol, e.getMessage()));
            }
        }
        return new Result(model.iteration(), n, trained.rtol(), List.copyOf(points), List.copyOf(failures));
    }
}

package dev.neuralode.model.latent;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.data.IrregularSeries;
import dev.neuralode.nn.Adam;
import dev.neuralode.nn.LearningRateSchedule;
import dev.neuralode.nn.StepSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A plain training loop for a {@link SeriesModel}: Adam (PyTorch's defaults, the learning rate from a
 * schedule) on minibatches drawn without replacement from a seeded shuffle of the training series, a new
 * shuffle per epoch. It is the minimum the reproduction command and the tests share; interactive
 * sessions with pause and snapshots belong to the {@code train} layer.
 */
public final class SeriesTrainer {

    /**
     * @param iterations optimizer steps
     * @param batchSize  series per step (the whole set when larger)
     * @param rate       Adam's learning rate per step (0-based)
     */
    public record Schedule(int iterations, int batchSize, LearningRateSchedule rate) {
        public Schedule {
            if (iterations < 0 || batchSize < 1 || rate == null) {
                throw new IllegalArgumentException("a schedule needs iterations >= 0, batchSize >= 1 and a learning-rate schedule,"
                        + " was " + iterations + ", " + batchSize + ", " + rate);
            }
        }

        /** A constant learning rate. */
        public static Schedule constant(int iterations, int batchSize, double learningRate) {
            return new Schedule(iterations, batchSize, new StepSchedule(learningRate, Math.max(1, iterations), 1.0));
        }
    }

    /** Called after every step with its 1-based number and the loss it minimised. */
    @FunctionalInterface
    public interface Progress {
        void afterStep(int iteration, double loss);
    }

    private SeriesTrainer() {
    }

    /**
     * Trains {@code model} on {@code series} and returns the loss of every step.
     *
     * @param rng draws the minibatches and the model's own noise (the latent ODE's z0 samples)
     */
    public static double[] train(SeriesModel model, List<IrregularSeries> series, Schedule schedule, RandomGenerator rng,
                                 Progress progress) {
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("training needs at least one series");
        }
        Adam adam = new Adam(model.module().namedParameters(), schedule.rate().rate(0));
        double[] losses = new double[schedule.iterations()];
        List<IrregularSeries> order = new ArrayList<>(series);
        int next = order.size();
        int size = Math.min(schedule.batchSize(), order.size());
        for (int it = 0; it < schedule.iterations(); it++) {
            if (next + size > order.size()) {
                shuffle(order, rng);
                next = 0;
            }
            IrregularBatch batch = IrregularBatch.of(order.subList(next, next + size), model.dtype());
            next += size;
            schedule.rate().applyTo(adam, it);
            losses[it] = adam.step(() -> {
                Tensor loss = model.loss(batch, rng);
                loss.backward();
                return loss.item();
            });
            if (!Double.isFinite(losses[it])) {
                throw new IllegalStateException(model.name() + ": the loss became " + losses[it] + " at step " + (it + 1)
                        + "; lower the learning rate");
            }
            if (progress != null) {
                progress.afterStep(it + 1, losses[it]);
            }
        }
        return losses;
    }

    private static void shuffle(List<IrregularSeries> list, RandomGenerator rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            list.set(i, list.set(j, list.get(i)));
        }
    }
}

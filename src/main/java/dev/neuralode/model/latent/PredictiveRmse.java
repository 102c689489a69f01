package dev.neuralode.model.latent;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.data.IrregularSeries;
import java.util.Arrays;
import java.util.List;

/**
 * The two readings of the paper's Table 2 metric ("predictive RMSE on 100 time points extending
 * beyond those that were used for training", Chen et al. 2018), both
 * {@code sqrt(mean over series, points and both coordinates of (x^ - x)^2)} against noise-free
 * points: over the whole observation window, most of it unobserved for small n ({@link #ofWindow},
 * the reading {@code reproduce spirals} reports as Table 2), and at the time points after the
 * window ({@link #of}, its extra experiment).
 */
public final class PredictiveRmse {

    private PredictiveRmse() {
    }

    /**
     * The RMSE of {@code model}'s predictions from {@code observed.get(i)} at the times of
     * {@code future.get(i)}, evaluated in batches of {@code batchSize} series.
     *
     * @throws IllegalArgumentException when the lists differ in length or the futures do not share their times
     */
    public static double of(SeriesModel model, List<IrregularSeries> observed, List<IrregularSeries> future, int batchSize) {
        return rmse(model, model::predict, observed, future, batchSize);
    }

    /**
     * The RMSE of {@code model}'s {@linkplain SeriesModel#reconstruct reconstructions} from
     * {@code observed.get(i)} at the times of {@code truth.get(i)}, such as the noise-free points of
     * the whole observation window.
     */
    public static double ofWindow(SeriesModel model, List<IrregularSeries> observed, List<IrregularSeries> truth, int batchSize) {
        return rmse(model, model::reconstruct, observed, truth, batchSize);
    }

    /** Predictions of a batch at given times, {@code (F, B, 2)}. */
    private interface Predictor {
        Tensor at(IrregularBatch batch, double[] times);
    }

    private static double rmse(SeriesModel model, Predictor predictor, List<IrregularSeries> observed, List<IrregularSeries> future,
                               int batchSize) {
        if (observed.size() != future.size() || observed.isEmpty() || batchSize < 1) {
            throw new IllegalArgumentException("give as many futures as observed series (at least one) and a positive batch size;"
                    + " were " + observed.size() + ", " + future.size() + ", " + batchSize);
        }
        double[] times = future.get(0).t();
        for (IrregularSeries f : future) {
            if (!Arrays.equals(f.t(), times)) {
                throw new IllegalArgumentException("the futures must share their times (series '" + f.id()
                        + "' differs from '" + future.get(0).id() + "'); evaluate groups with equal times separately");
            }
        }
        double sum = 0;
        long count = 0;
        try (GradMode off = GradMode.disabled()) {
            for (int from = 0; from < observed.size(); from += batchSize) {
                int to = Math.min(observed.size(), from + batchSize);
                IrregularBatch batch = IrregularBatch.of(observed.subList(from, to), model.dtype());
                float[] predicted = predictor.at(batch, times).toFloatArray();
                int b = to - from;
                for (int i = 0; i < times.length; i++) {
                    for (int s = 0; s < b; s++) {
                        IrregularSeries truth = future.get(from + s);
                        double dx = predicted[(i * b + s) * 2] - truth.x(i);
                        double dy = predicted[(i * b + s) * 2 + 1] - truth.y(i);
                        sum += dx * dx + dy * dy;
                        count += 2;
                    }
                }
            }
        }
        return Math.sqrt(sum / count);
    }
}

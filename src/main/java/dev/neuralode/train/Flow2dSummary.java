package dev.neuralode.train;

/**
 * How a classifier-of-the-plane run ended, for {@code summary.json} and tables.
 *
 * @param dataset             the dataset's name
 * @param model               {@code node}, {@code anode} or {@code resnet}
 * @param augment             extra dimensions of the augmented model (0 for the others)
 * @param parameters          trainable scalars
 * @param iterations          iterations done, all runs of a resumed run included
 * @param trainAccuracy       the fraction of all training points classified right at the end
 * @param testLoss            the mean logistic loss on the test set at the end
 * @param testAccuracy        the fraction of the test set classified right at the end
 * @param meanNfeForward      mean forward NFE of the last {@code nfeWindow} iterations
 * @param meanNfeBackward     mean backward NFE of the same iterations (0 for backpropagation through the solver)
 * @param nfeWindow           the iterations those means cover
 * @param seconds             wall time of this invocation's iterations
 * @param secondsPerIteration their mean
 */
public record Flow2dSummary(String dataset, String model, int augment, long parameters, long iterations, double trainAccuracy,
                            double testLoss, double testAccuracy, double meanNfeForward, double meanNfeBackward, int nfeWindow,
                            double seconds, double secondsPerIteration) {

    public String toJson() {
        return ConfigJson.write(this);
    }

    public static Flow2dSummary fromJson(String json) {
        return ConfigJson.read(json, Flow2dSummary.class);
    }
}

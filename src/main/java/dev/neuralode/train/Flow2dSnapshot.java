package dev.neuralode.train;

/**
 * What one iteration of a {@link Flow2dSession} did, immutable, for views and logs: the shared
 * {@link TrainingSnapshot} (loss, forward and backward NFE, timing, status) with the accuracy on the
 * training batch and, every {@value Flow2dSession#EVALUATE_EVERY} iterations and at the last one, the
 * loss and accuracy on the held-out test set.
 *
 * @param accuracy     the fraction of the training batch classified right, before the step; NaN for a failed iteration
 * @param testLoss     the mean logistic loss on the test set after the step; NaN when not evaluated at this iteration
 * @param testAccuracy the fraction of the test set classified right; NaN when not evaluated
 */
public record Flow2dSnapshot(TrainingSnapshot training, double accuracy, double testLoss, double testAccuracy) {

    public long iteration() {
        return training.iteration();
    }

    public double loss() {
        return training.loss();
    }

    public int nfeForward() {
        return training.nfeForward();
    }

    public int nfeBackward() {
        return training.nfeBackward();
    }

    public boolean failed() {
        return training.failed();
    }

    /** Whether the test set was evaluated at this iteration. */
    public boolean tested() {
        return !Double.isNaN(testLoss);
    }
}

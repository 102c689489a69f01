package dev.neuralode.train;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.Workspace;
import dev.neuralode.data.MnistImages;
import dev.neuralode.data.RandomCropPad;
import dev.neuralode.model.odenet.MnistClassifier;
import dev.neuralode.sensitivity.GradientSolution;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The error rate and mean forward NFE of a classifier on the first images of a set, in batches,
 * without gradients or augmentation: shared by a session's own evaluation and by frozen copies that
 * the window measures while the session trains on. Runs on the caller's thread; the caller makes
 * sure nothing else uses the model meanwhile.
 */
final class ClassifierEvaluation {

    /**
     * Images per evaluation batch, the training batch size: the patch matrix of a 4x4 convolution over
     * 64 channels holds 1,024 x 169 floats per image (88 MB at 128 images), so larger batches cost
     * memory without saving time.
     */
    static final int BATCH = 128;

    private ClassifierEvaluation() {
    }

    /**
     * @param limit  how many of the first images to use, 0 for all
     * @param done   hears the number of images measured after each batch
     * @param cancel checked before each batch; when raised, the images measured so far are reported
     */
    static MnistSession.Evaluation measure(MnistClassifier model, MnistImages images, int limit, IntConsumer done,
                                           BooleanSupplier cancel) {
        long started = System.nanoTime();
        int n = limit > 0 ? Math.min(limit, images.count()) : images.count();
        int measured = 0;
        int wrong = 0;
        long nfe = 0;
        int solves = 0;
        float[] pixels = new float[Math.min(BATCH, n) * MnistImages.PIXELS];
        for (int from = 0; from < n && !cancel.getAsBoolean(); from += BATCH) {
            int size = Math.min(BATCH, n - from);
            int[] indices = new int[size];
            for (int i = 0; i < size; i++) {
                indices[i] = from + i;
            }
            float[] x = size * MnistImages.PIXELS == pixels.length ? pixels : new float[size * MnistImages.PIXELS];
            images.batchInto(indices, RandomCropPad.NONE, null, x);
            int[] labels = images.labels(indices);
            try (GradMode off = GradMode.disabled(); Workspace ws = Workspace.open()) {
                int[] predicted = MnistClassifier.predictions(
                        model.forward(Tensor.fromFloats(x, size, 1, MnistImages.ROWS, MnistImages.COLUMNS)));
                for (int i = 0; i < size; i++) {
                    wrong += predicted[i] != labels[i] ? 1 : 0;
                }
                GradientSolution solve = model.lastSolve();
                if (solve != null) {
                    nfe += solve.forwardStats().nfe();
                    solves++;
                }
            }
            measured += size;
            done.accept(measured);
        }
        return new MnistSession.Evaluation(measured == 0 ? Double.NaN : wrong / (double) measured,
                solves == 0 ? 0 : nfe / (double) solves, measured, (System.nanoTime() - started) / 1e9);
    }
}

package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.data.MnistImages;
import dev.neuralode.model.odenet.MnistClassifier;
import dev.neuralode.sensitivity.GradientSolution;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Reads single digits with a classifier (a session's live model or a frozen copy), for the window: a drawn digit's class
 * probabilities, the NFE of its solve and the path of its features through the middle of the
 * network on the {@link CentroidPlane}; and, image by image, which validation digits the model gets
 * wrong and how many evaluations each took. Each image is solved alone: an adaptive solve of a batch
 * takes the steps its hardest member needs, so only a solve of one image tells its own NFE.
 */
public final class DigitReader {

    /** Images per batch when collecting features for the plane. */
    private static final int BATCH = 128;

    /** One digit read: softmax probabilities, the predicted class, forward NFE (0 without an ODE block) and its path on the plane. */
    public record Reading(double[] probabilities, int predicted, int nfe, double[][] path) {
    }

    /** One image of a set: its index in the set, its label, the model's class and the NFE of its solve alone. */
    public record Verdict(int index, int label, int predicted, int nfe) {
        public boolean wrong() {
            return label != predicted;
        }
    }

    private final ReadableClassifier session;

    public DigitReader(ReadableClassifier session) {
        this.session = session;
    }

    /** The plane of the class centroids of the final features of the first {@code limit} of {@code images}. */
    public CentroidPlane plane(MnistImages images, int limit) {
        int n = Math.min(limit, images.count());
        double[] features = new double[n * MnistClassifier.CHANNELS];
        int[] labels = new int[n];
        for (int from = 0; from < n; from += BATCH) {
            int[] indices = range(from, Math.min(n, from + BATCH));
            float[] pixels = images.batch(indices);
            double[] f = session.withModel(m -> {
                List<Tensor> path = m.featurePath(Tensor.fromFloats(pixels, indices.length, 1, MnistImages.ROWS, MnistImages.COLUMNS), 2)
                        .features();
                return path.get(path.size() - 1).toDoubleArray();
            });
            System.arraycopy(f, 0, features, from * MnistClassifier.CHANNELS, f.length);
            System.arraycopy(images.labels(indices), 0, labels, from, indices.length);
        }
        return CentroidPlane.of(features, labels, MnistClassifier.CHANNELS, 10);
    }

    /**
     * Reads one 28 x 28 image (pixels in [0, 1], row-major), with its feature path at {@code pathPoints}
     * depths projected on {@code plane}.
     */
    public Reading read(float[] pixels, CentroidPlane plane, int pathPoints) {
        if (pixels.length != MnistImages.PIXELS) {
            throw new IllegalArgumentException("a digit has " + MnistImages.PIXELS + " pixels; this image has " + pixels.length);
        }
        return session.withModel(m -> {
            MnistClassifier.FeaturePath walk = m.featurePath(Tensor.fromFloats(pixels, 1, 1, MnistImages.ROWS, MnistImages.COLUMNS),
                    pathPoints);
            List<Tensor> path = walk.features();
            int nfe = walk.nfe();
            Tensor logits = m.classify(path.get(path.size() - 1));
            double[][] points = path.stream().map(t -> plane.project(t.toDoubleArray())).toArray(double[][]::new);
            return new Reading(softmax(logits.toDoubleArray()), MnistClassifier.predictions(logits)[0], nfe, points);
        });
    }

    /**
     * The verdict on each of the first {@code limit} images, each solved alone; {@code progress} hears
     * the count done, and {@code cancel} stops early (the verdicts so far are returned).
     */
    public List<Verdict> verdicts(MnistImages images, int limit, IntConsumer progress, BooleanSupplier cancel) {
        int n = Math.min(limit, images.count());
        List<Verdict> out = new ArrayList<>(n);
        for (int i = 0; i < n && !cancel.getAsBoolean(); i++) {
            int[] one = {i};
            float[] pixels = images.batch(one);
            int label = images.labels(one)[0];
            int index = i;
            out.add(session.withModel(m -> {
                Tensor logits = m.forward(Tensor.fromFloats(pixels, 1, 1, MnistImages.ROWS, MnistImages.COLUMNS));
                GradientSolution solve = m.lastSolve();
                return new Verdict(index, label, MnistClassifier.predictions(logits)[0], solve == null ? 0 : solve.forwardStats().nfe());
            }));
            progress.accept(i + 1);
        }
        return out;
    }

    /** {@code exp(z_k - max z) / sum_j exp(z_j - max z)}: shifted so that no term overflows. */
    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }
}

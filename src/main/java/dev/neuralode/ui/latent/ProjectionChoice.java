package dev.neuralode.ui.latent;

import dev.neuralode.model.latent.LatentPrediction;
import dev.neuralode.train.LatentProjection;
import java.util.ArrayList;
import java.util.List;

/**
 * How the latent view flattens the 4-d latent trajectories: the principal components of the
 * trajectories shown (mean and samples together, so that the axes follow what is drawn), or two
 * latent dimensions as they are.
 *
 * @param pca whether to use the principal components
 * @param x   the latent dimension on the horizontal axis (0-based), when not PCA
 * @param y   the latent dimension on the vertical axis, when not PCA
 */
record ProjectionChoice(boolean pca, int x, int y) {

    static final ProjectionChoice PCA = new ProjectionChoice(true, 0, 1);

    /** The projection for one prediction. */
    LatentProjection of(LatentPrediction p) {
        int dim = p.latent()[0].length;
        if (!pca) {
            return LatentProjection.dimensions(x, y, dim);
        }
        List<double[]> points = new ArrayList<>(List.of(p.latent()));
        for (double[][] sample : p.latentSamples()) {
            points.addAll(List.of(sample));
        }
        return LatentProjection.principal(points.toArray(double[][]::new));
    }
}

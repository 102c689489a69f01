package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;

/** The centroid plane against Hipparchus's symmetric eigendecomposition of the centroids' scatter. */
class CentroidPlaneTest {

    private static final int DIM = 12;
    private static final int CLASSES = 10;

    @Test
    void theAxesAreTheScattersLeadingEigenvectors() {
        Random rng = new Random(4);
        int n = 400;
        double[] features = new double[n * DIM];
        int[] labels = new int[n];
        double[][] centres = new double[CLASSES][DIM];
        for (double[] c : centres) {
            for (int j = 0; j < DIM; j++) {
                c[j] = rng.nextGaussian() * (j + 1);
            }
        }
        for (int i = 0; i < n; i++) {
            labels[i] = i % CLASSES;
            for (int j = 0; j < DIM; j++) {
                features[i * DIM + j] = centres[labels[i]][j] + 0.3 * rng.nextGaussian();
            }
        }
        CentroidPlane plane = CentroidPlane.of(features, labels, DIM, CLASSES);

        double[][] centroids = new double[CLASSES][DIM];
        double[] mean = new double[DIM];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < DIM; j++) {
                centroids[labels[i]][j] += features[i * DIM + j] / (n / CLASSES);
            }
        }
        for (double[] c : centroids) {
            for (int j = 0; j < DIM; j++) {
                mean[j] += c[j] / CLASSES;
            }
        }
        RealMatrix scatter = MatrixUtils.createRealMatrix(DIM, DIM);
        for (double[] c : centroids) {
            RealVector d = MatrixUtils.createRealVector(c).subtract(MatrixUtils.createRealVector(mean));
            scatter = scatter.add(d.outerProduct(d));
        }
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(scatter);
        for (int a = 0; a < 2; a++) {
            // Eigenvalues come in decreasing order; an eigenvector's sign is arbitrary.
            RealVector expected = eigen.getEigenvector(a);
            double cosine = expected.dotProduct(MatrixUtils.createRealVector(plane.axis(a)));
            assertEquals(1.0, Math.abs(cosine), 1e-9, "axis " + a);
        }
        double[] projected = plane.project(centroids[3]);
        RealVector d3 = MatrixUtils.createRealVector(centroids[3]).subtract(MatrixUtils.createRealVector(mean));
        assertEquals(Math.abs(d3.dotProduct(eigen.getEigenvector(0))), Math.abs(projected[0]), 1e-9);
        assertEquals(Math.abs(d3.dotProduct(eigen.getEigenvector(1))), Math.abs(projected[1]), 1e-9);
    }

    @Test
    void missingClassesHaveNoCentroidAndTooFewClassesAreRefused() {
        double[] features = {0, 0, 1, 0, 0, 1, 2, 2};
        CentroidPlane plane = CentroidPlane.of(features, new int[] {0, 1, 2, 2}, 2, 5);
        assertNull(plane.centroid(4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CentroidPlane.of(new double[] {0, 0, 1, 1}, new int[] {0, 1}, 2, 10));
        assertEquals("a plane through the class centroids needs at least 3 classes; the sample has 2", e.getMessage());
    }
}

package dev.neuralode.train;

/**
 * A plane through the class centroids of a feature space, to draw where a digit's features travel:
 * the first two principal components of the centroids {@code c_k} (the mean feature vector of each
 * class k). With {@code m} the mean of the centroids and {@code C = sum_k (c_k - m)(c_k - m)^T}, the
 * plane is spanned by the two leading eigenvectors {@code v1, v2} of C, and a feature vector x lands
 * at {@code ((x - m) . v1, (x - m) . v2)}. The eigenvectors are found by power iteration, the second
 * after deflating the first; C is at most rank 9, so its leading eigenvalues are well separated in
 * practice and a few hundred iterations converge.
 */
public final class CentroidPlane {

    private static final int ITERATIONS = 500;

    private final double[] mean;
    private final double[][] axes;
    private final double[][] centroids;

    private CentroidPlane(double[] mean, double[][] axes, double[][] centroids) {
        this.mean = mean;
        this.axes = axes;
        this.centroids = centroids;
    }

    /**
     * The plane of the class centroids of {@code features} (row-major, {@code labels.length} rows of
     * {@code dim}); classes without a sample are left out.
     */
    public static CentroidPlane of(double[] features, int[] labels, int dim, int classes) {
        if (features.length != labels.length * dim) {
            throw new IllegalArgumentException(features.length + " features are not " + labels.length + " rows of " + dim);
        }
        double[][] sums = new double[classes][dim];
        int[] counts = new int[classes];
        for (int i = 0; i < labels.length; i++) {
            counts[labels[i]]++;
            for (int j = 0; j < dim; j++) {
                sums[labels[i]][j] += features[i * dim + j];
            }
        }
        double[][] centroids = new double[classes][];
        double[] mean = new double[dim];
        int present = 0;
        for (int k = 0; k < classes; k++) {
            if (counts[k] > 0) {
                centroids[k] = new double[dim];
                for (int j = 0; j < dim; j++) {
                    centroids[k][j] = sums[k][j] / counts[k];
                    mean[j] += centroids[k][j];
                }
                present++;
            }
        }
        if (present < 3) {
            throw new IllegalArgumentException("a plane through the class centroids needs at least 3 classes; the sample has " + present);
        }
        for (int j = 0; j < dim; j++) {
            mean[j] /= present;
        }
        double[][] scatter = new double[dim][dim];
        for (double[] c : centroids) {
            if (c != null) {
                for (int a = 0; a < dim; a++) {
                    for (int b = 0; b < dim; b++) {
                        scatter[a][b] += (c[a] - mean[a]) * (c[b] - mean[b]);
                    }
                }
            }
        }
        double[] v1 = leadingEigenvector(scatter);
        deflate(scatter, v1);
        double[] v2 = leadingEigenvector(scatter);
        return new CentroidPlane(mean, new double[][] {v1, v2}, centroids);
    }

    /** The point {@code (u, v)} of a feature vector on the plane. */
    public double[] project(double[] x) {
        double[] p = new double[2];
        for (int a = 0; a < 2; a++) {
            for (int j = 0; j < mean.length; j++) {
                p[a] += (x[j] - mean[j]) * axes[a][j];
            }
        }
        return p;
    }

    /** Where class k's centroid lies on the plane, or null when the sample had none of k. */
    public double[] centroid(int k) {
        return centroids[k] == null ? null : project(centroids[k]);
    }

    public int classes() {
        return centroids.length;
    }

    /** The unit axis a (0 or 1) of the plane in feature space. */
    double[] axis(int a) {
        return axes[a].clone();
    }

    /** Power iteration from a start that is not orthogonal to any axis in general. */
    private static double[] leadingEigenvector(double[][] m) {
        int n = m.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1.0 + 0.01 * i;
        }
        normalise(v);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    w[i] += m[i][j] * v[j];
                }
            }
            if (normalise(w) == 0) {
                return v;
            }
            v = w;
        }
        return v;
    }

    /** {@code M <- M - lambda v v^T} with {@code lambda = v^T M v}: removes v's eigenvalue. */
    private static void deflate(double[][] m, double[] v) {
        int n = m.length;
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                lambda += v[i] * m[i][j] * v[j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] -= lambda * v[i] * v[j];
            }
        }
    }

    private static double normalise(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
        return norm;
    }
}

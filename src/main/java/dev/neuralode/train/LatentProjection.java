package dev.neuralode.train;

/**
 * A linear map from the latent space to the plane, {@code p = A (z - origin)} with the two rows
 * of {@code A} as {@link #axes()}, so that a view can draw 4-d latent trajectories: either two of
 * the latent dimensions as they are ({@link #dimensions}), or the two principal components of a
 * set of latent points ({@link #principal}), which show the most of the trajectory's variation
 * any plane can.
 *
 * @param origin subtracted before projecting (the points' mean for PCA, zero for raw dimensions)
 * @param axes   two unit vectors of the latent dimension
 * @param labels the axis titles, such as "z1" or "PC1 (83%)"
 */
public record LatentProjection(double[] origin, double[][] axes, String[] labels) {

    public LatentProjection {
        if (axes.length != 2 || axes[0].length != origin.length || axes[1].length != origin.length || labels.length != 2) {
            throw new IllegalArgumentException("a projection needs two axes of the latent dimension " + origin.length
                    + " and two labels");
        }
    }

    /** Latent dimensions {@code i} and {@code j} (0-based) as x and y, labelled z1.. zL as in the paper. */
    public static LatentProjection dimensions(int i, int j, int latentDim) {
        if (i < 0 || j < 0 || i >= latentDim || j >= latentDim) {
            throw new IllegalArgumentException("latent dimensions must lie in [0, " + latentDim + "), were " + i + " and " + j);
        }
        double[][] axes = new double[2][latentDim];
        axes[0][i] = 1;
        axes[1][j] = 1;
        return new LatentProjection(new double[latentDim], axes, new String[] {"z" + (i + 1), "z" + (j + 1)});
    }

    /**
     * The first two principal components of {@code points [n][L]}: the eigenvectors of their
     * covariance with the largest eigenvalues (Jacobi's method, exact for symmetric matrices of
     * this size). Each axis is signed so that its largest component is positive, so the picture
     * does not flip between two nearly equal sets of points. Labels give the share of the variance.
     */
    public static LatentProjection principal(double[][] points) {
        if (points.length == 0 || points[0].length < 2) {
            throw new IllegalArgumentException("PCA needs at least one point of dimension 2 or more");
        }
        int d = points[0].length;
        double[] mean = new double[d];
        for (double[] p : points) {
            for (int k = 0; k < d; k++) {
                mean[k] += p[k] / points.length;
            }
        }
        double[][] cov = new double[d][d];
        for (double[] p : points) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    cov[a][b] += (p[a] - mean[a]) * (p[b] - mean[b]) / points.length;
                }
            }
        }
        double[][] vectors = new double[d][d];
        double[] values = jacobi(cov, vectors);
        int first = 0;
        for (int k = 1; k < d; k++) {
            if (values[k] > values[first]) {
                first = k;
            }
        }
        int second = first == 0 ? 1 : 0;
        for (int k = 0; k < d; k++) {
            if (k != first && values[k] > values[second]) {
                second = k;
            }
        }
        double total = 0;
        for (double v : values) {
            total += Math.max(0, v);
        }
        double[][] axes = {column(vectors, first), column(vectors, second)};
        String[] labels = {label("PC1", values[first], total), label("PC2", values[second], total)};
        return new LatentProjection(mean, axes, labels);
    }

    /** The projections of {@code points [n][L]}, {@code [n][2]}. */
    public double[][] apply(double[][] points) {
        double[][] out = new double[points.length][2];
        for (int i = 0; i < points.length; i++) {
            for (int a = 0; a < 2; a++) {
                double s = 0;
                for (int k = 0; k < origin.length; k++) {
                    s += axes[a][k] * (points[i][k] - origin[k]);
                }
                out[i][a] = s;
            }
        }
        return out;
    }

    private static String label(String name, double value, double total) {
        return total > 0 ? String.format(java.util.Locale.ROOT, "%s (%.0f%% of variance)", name, 100 * Math.max(0, value) / total)
                : name;
    }

    private static double[] column(double[][] m, int c) {
        double[] v = new double[m.length];
        int largest = 0;
        for (int r = 0; r < m.length; r++) {
            v[r] = m[r][c];
            if (Math.abs(v[r]) > Math.abs(v[largest])) {
                largest = r;
            }
        }
        if (v[largest] < 0) {
            for (int r = 0; r < v.length; r++) {
                v[r] = -v[r];
            }
        }
        return v;
    }

    /**
     * Cyclic Jacobi rotations until the off-diagonal part vanishes (Golub and Van Loan, section
     * 8.5); returns the eigenvalues and writes the eigenvectors into the columns of {@code vectors}.
     */
    private static double[] jacobi(double[][] symmetric, double[][] vectors) {
        int n = symmetric.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = symmetric[i].clone();
            java.util.Arrays.fill(vectors[i], 0);
            vectors[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double scale = 0;
            for (int p = 0; p < n; p++) {
                scale += a[p][p] * a[p][p];
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off <= 1e-30 * Math.max(scale, 1e-300)) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = vectors[k][p];
                        double vkq = vectors[k][q];
                        vectors[k][p] = c * vkp - s * vkq;
                        vectors[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return values;
    }
}

package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.model.flow.PlanarFlow;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Views of a planar flow, whose density cannot be evaluated on a grid (its inverse has no closed
 * form): the density grid is a smoothed histogram of base samples pushed through the layers (layer
 * k of K standing for s = k / K), and trajectories follow the samples layer by layer.
 */
final class PlanarHistogram {

    private static final int SAMPLES = 20_000;

    private PlanarHistogram() {
    }

    static DensityGrid grid(FlowSnapshot snapshot, double s, double[] bounds, int n) {
        PlanarFlow flow = snapshot.planar();
        int layers = (int) Math.round(s * flow.layerCount());
        SplittableRandom rng = new SplittableRandom(snapshot.config().seed());
        double[] z = new double[2 * SAMPLES];
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextGaussian();
        }
        List<Tensor> path = flow.path(Tensor.fromValues(z, DType.FLOAT64, SAMPLES, 2).to(dtypeOf(snapshot)), layers);
        float[] xy = path.get(path.size() - 1).toFloatArray();
        double[] counts = new double[n * n];
        double cellW = (bounds[1] - bounds[0]) / n;
        double cellH = (bounds[3] - bounds[2]) / n;
        for (int i = 0; i < SAMPLES; i++) {
            int ix = (int) Math.floor((xy[2 * i] - bounds[0]) / cellW);
            int iy = (int) Math.floor((xy[2 * i + 1] - bounds[2]) / cellH);
            if (ix >= 0 && ix < n && iy >= 0 && iy < n) {
                counts[iy * n + ix]++;
            }
        }
        double[] smooth = smooth(counts, n);
        double[] log = new double[n * n];
        double area = cellW * cellH;
        for (int k = 0; k < log.length; k++) {
            log[k] = Math.log(Math.max(smooth[k], 1e-3) / (SAMPLES * area));
        }
        return new DensityGrid(s, bounds[0], bounds[1], bounds[2], bounds[3], n, log, 0);
    }

    /** A 3x3 binomial blur (weights 1-2-1 per axis), so a few thousand samples give a readable heatmap. */
    private static double[] smooth(double[] c, int n) {
        double[] out = new double[c.length];
        int[] w = {1, 2, 1};
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                double sum = 0;
                double weight = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = ix + dx;
                        int y = iy + dy;
                        if (x >= 0 && x < n && y >= 0 && y < n) {
                            double wk = w[dx + 1] * w[dy + 1];
                            sum += wk * c[y * n + x];
                            weight += wk;
                        }
                    }
                }
                out[iy * n + ix] = sum / weight;
            }
        }
        return out;
    }

    static Trajectories layers(PlanarFlow flow, Tensor z0) {
        List<Tensor> path = flow.path(z0, flow.layerCount());
        double[] s = new double[path.size()];
        float[][] xy = new float[path.size()][];
        for (int k = 0; k < s.length; k++) {
            s[k] = k / (double) flow.layerCount();
            xy[k] = path.get(k).toFloatArray();
        }
        return new Trajectories(s, xy, (int) z0.size(0));
    }

    private static DType dtypeOf(FlowSnapshot snapshot) {
        return "float64".equals(snapshot.config().dtype()) ? DType.FLOAT64 : DType.FLOAT32;
    }
}

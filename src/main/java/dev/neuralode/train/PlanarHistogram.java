package dev.neuralode.train;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.model.flow.PlanarFlow;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Views of a planar flow pushing base to data, whose density cannot be evaluated on a grid (its
 * inverse has no closed form): the density grid is a smoothed histogram of base samples pushed
 * through the layers (layer k of K standing for s = k / K), and trajectories follow the samples
 * layer by layer.
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
        return SampleHistogram.of(s, path.get(path.size() - 1).toFloatArray(), bounds, n);
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

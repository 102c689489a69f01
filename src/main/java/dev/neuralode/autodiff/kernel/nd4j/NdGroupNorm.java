package dev.neuralode.autodiff.kernel.nd4j;

import dev.neuralode.autodiff.kernel.GroupLayout;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The ND4J kernels' group normalisation, in array ops on the {@code (rows, groupSize)} view with one
 * row per group (the formulas are in {@link dev.neuralode.autodiff.kernel.Kernels#groupNorm}).
 */
final class NdGroupNorm {

    private NdGroupNorm() {
    }

    /** y and the (rows, 2) statistics: mean and 1 / sqrt(var + eps) per group. */
    static INDArray[] forward(INDArray x, INDArray gamma, INDArray beta, GroupLayout s, double eps) {
        INDArray groups = x.reshape('c', s.rows(), s.groupSize());
        INDArray mu = groups.mean(1).reshape(s.rows(), 1);
        INDArray centered = groups.subColumnVector(mu);
        INDArray rstd = Transforms.pow(centered.mul(centered).mean(1).addi(eps), -0.5, false).reshape(s.rows(), 1);
        INDArray y = centered.muliColumnVector(rstd).reshape('c', (long) s.batch() * s.channels(), s.spatial());
        if (gamma != null) {
            y.muliColumnVector(perChannelColumn(gamma, s));
        }
        if (beta != null) {
            y.addiColumnVector(perChannelColumn(beta, s));
        }
        return new INDArray[] {y.reshape('c', x.shape()), Nd4j.concat(1, mu, rstd)};
    }

    /** dx, and dgamma and dbeta as one (2, channels) array. */
    static INDArray[] backward(INDArray g, INDArray x, INDArray stats, INDArray gamma, GroupLayout s) {
        INDArray mu = stats.getColumn(0).reshape(s.rows(), 1);
        INDArray rstd = stats.getColumn(1).reshape(s.rows(), 1);
        long planes = (long) s.batch() * s.channels();
        INDArray xhat = x.reshape('c', s.rows(), s.groupSize()).subColumnVector(mu).muliColumnVector(rstd);
        INDArray gPlanes = g.reshape('c', planes, s.spatial());
        INDArray gXhat = gPlanes.mul(xhat.reshape('c', planes, s.spatial()));
        INDArray params = Nd4j.vstack(gXhat.sum(1).reshape(s.batch(), s.channels()).sum(0),
                gPlanes.sum(1).reshape(s.batch(), s.channels()).sum(0)).reshape(2, s.channels());
        INDArray gx = gamma == null ? gPlanes.dup() : gPlanes.mulColumnVector(perChannelColumn(gamma, s));
        INDArray gxGroups = gx.reshape('c', s.rows(), s.groupSize());
        INDArray meanGx = gxGroups.mean(1).reshape(s.rows(), 1);
        INDArray meanGxXhat = gxGroups.mul(xhat).mean(1).reshape(s.rows(), 1);
        INDArray dx = gxGroups.subColumnVector(meanGx).subi(xhat.muliColumnVector(meanGxXhat)).muliColumnVector(rstd);
        return new INDArray[] {dx.reshape('c', x.shape()), params};
    }

    /** A per-channel vector repeated for every sample, as a column over the {@code (N C, spatial)} view. */
    private static INDArray perChannelColumn(INDArray perChannel, GroupLayout s) {
        return perChannel.reshape(1, s.channels()).repeat(0, s.batch()).reshape((long) s.batch() * s.channels(), 1);
    }
}

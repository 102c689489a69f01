package dev.neuralode.model.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.autodiff.GradChecks;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlanarFlowTest {

    @Test
    void logDeterminantsMatchFiniteDifferenceJacobians() {
        PlanarFlow flow = new PlanarFlow(2, 4, DType.FLOAT64, new Random(1));
        Random rng = new Random(2);
        int n = 6;
        double[] z = new double[2 * n];
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextGaussian();
        }
        double[] logDet = flow.forward(Tensor.fromValues(z, DType.FLOAT64, n, 2)).logDet().toDoubleArray();
        double h = 1e-6;
        for (int r = 0; r < n; r++) {
            double[][] jac = new double[2][2];
            for (int k = 0; k < 2; k++) {
                double[] plus = {z[2 * r], z[2 * r + 1]};
                double[] minus = plus.clone();
                plus[k] += h;
                minus[k] -= h;
                double[] fp = flow.forward(Tensor.fromValues(plus, DType.FLOAT64, 1, 2)).z().toDoubleArray();
                double[] fm = flow.forward(Tensor.fromValues(minus, DType.FLOAT64, 1, 2)).z().toDoubleArray();
                jac[0][k] = (fp[0] - fm[0]) / (2 * h);
                jac[1][k] = (fp[1] - fm[1]) / (2 * h);
            }
            double det = jac[0][0] * jac[1][1] - jac[0][1] * jac[1][0];
            assertEquals(Math.log(Math.abs(det)), logDet[r], 1e-7, "row " + r);
        }
    }

    @Test
    void gradientsThroughTheFlowMatchFiniteDifferences() {
        PlanarFlow flow = new PlanarFlow(2, 2, DType.FLOAT64, new Random(3));
        GradChecks.check("planar flow", x -> {
            PlanarFlow.Result r = flow.forward(x[0]);
            return r.z().sum(true, 1).add(r.logDet());
        }, GradChecks.uniform(new Random(4), -1, 1, 5, 2));
    }
}

package dev.neuralode.model.density;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuralode.autodiff.GradChecks;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.AnalyticDensity;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TargetDensityTest {

    @ParameterizedTest
    @EnumSource(AnalyticDensity.class)
    void tensorLogDensityEqualsTheAnalyticOne(AnalyticDensity d) {
        Random rng = new Random(1);
        double[] x = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = 2 * rng.nextGaussian();
        }
        double[] log = new TargetDensity(d).logDensity(Tensor.fromValues(x, DType.FLOAT64, 20, 2)).toDoubleArray();
        for (int r = 0; r < 20; r++) {
            assertEquals(d.logDensity(x[2 * r], x[2 * r + 1]), log[r], 1e-9, d + " row " + r);
        }
    }

    @ParameterizedTest
    @EnumSource(AnalyticDensity.class)
    void logDensityGradientsMatchFiniteDifferences(AnalyticDensity d) {
        TargetDensity target = new TargetDensity(d);
        GradChecks.check(d.id(), x -> target.logDensity(x[0]), GradChecks.uniform(new Random(2), -1.5, 1.5, 4, 2));
    }

    @org.junit.jupiter.api.Test
    void gaussianBaseMatchesItsFormula() {
        GaussianBase base = new GaussianBase(0.1);
        double[] log = base.logDensity(Tensor.fromValues(new double[] {0.3, -0.2}, DType.FLOAT64, 1, 2)).toDoubleArray();
        double expected = -(0.09 + 0.04) / 0.2 - Math.log(2 * Math.PI * 0.1);
        assertEquals(expected, log[0], 1e-12);
        assertEquals(expected, base.logDensity(0.3, -0.2), 1e-12);
    }
}

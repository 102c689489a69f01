package dev.neuralode.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.GradChecks;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** ConcatLinear, ConcatSquashLinear and ConcatConv2d: values, PyTorch names, gradients in x, t and weights. */
class TimeLayerTest {

    private static final DType F64 = DType.FLOAT64;
    private final Random rng = new Random(17);

    private static Tensor time(double t) {
        return Tensor.scalar(t, F64);
    }

    @Test
    void concatLinearPutsTimeInTheFirstColumn() {
        ConcatLinear layer = new ConcatLinear(2, 2, F64, new SplittableRandom(1));
        assertEquals(List.of("_layer.weight", "_layer.bias"), List.copyOf(layer.namedParameters().keySet()));
        layer.layer().weight().set(Tensor.fromRows(new double[][] {{1, 1, 1}, {2, 0, -1}}, F64));
        layer.layer().bias().set(Tensor.fromValues(new double[] {0.0, 1.0}, F64, 2));
        // [t, x] = [0.5, 1, 2]: (0.5 + 1 + 2, 1 + 0 - 2 + 1) = (3.5, 0).
        Tensor y = layer.forward(time(0.5), Tensor.fromRows(new double[][] {{1, 2}}, F64));
        assertArrayEquals(new double[] {3.5, 0}, y.toDoubleArray(), 1e-12);
    }

    @Test
    void concatSquashLinearGatesWithTime() {
        ConcatSquashLinear layer = new ConcatSquashLinear(1, 1, F64, new SplittableRandom(1));
        assertEquals(List.of("_layer.weight", "_layer.bias", "_hyper_bias.weight", "_hyper_gate.weight", "_hyper_gate.bias"),
                List.copyOf(layer.namedParameters().keySet()));
        layer.layer().weight().set(Tensor.fromRows(new double[][] {{2}}, F64));
        layer.layer().bias().set(Tensor.fromValues(new double[] {1.0}, F64, 1));
        layer.hyperGate().weight().set(Tensor.fromRows(new double[][] {{3}}, F64));
        layer.hyperGate().bias().set(Tensor.fromValues(new double[] {-1.5}, F64, 1));
        layer.hyperBias().weight().set(Tensor.fromRows(new double[][] {{4}}, F64));
        // t = 0.5: gate = sigmoid(3 * 0.5 - 1.5) = 1/2; x = 3: (2 * 3 + 1) / 2 + 4 * 0.5 = 5.5.
        Tensor y = layer.forward(time(0.5), Tensor.fromRows(new double[][] {{3}}, F64));
        assertEquals(5.5, y.item(), 1e-12);
    }

    /** The layer gates its weight, not its output rows; both are FFJORD's formula, in float32 and float64. */
    @Test
    void gatingTheWeightEqualsFfjordsGatedOutput() {
        for (DType dtype : List.of(DType.FLOAT32, F64)) {
            ConcatSquashLinear layer = new ConcatSquashLinear(3, 4, dtype, new SplittableRandom(3));
            Tensor x = GradChecks.uniform(rng, -2, 2, 5, 3).to(dtype);
            Tensor t = Tensor.scalar(0.7, dtype).reshape(1, 1);
            Tensor gate = t.matmulNT(layer.hyperGate().weight().tensor()).add(layer.hyperGate().bias().tensor()).sigmoid();
            Tensor ffjord = x.matmulNT(layer.layer().weight().tensor()).add(layer.layer().bias().tensor()).mul(gate)
                    .add(t.matmulNT(layer.hyperBias().weight().tensor()));
            double tol = dtype == F64 ? 1e-12 : 2e-6;
            assertArrayEquals(ffjord.toDoubleArray(), layer.forward(t, x).toDoubleArray(), tol);
            assertArrayEquals(ffjord.tanh().toDoubleArray(), layer.forwardTanh(t, x).toDoubleArray(), tol);
        }
        ConcatSquashLinear squash = new ConcatSquashLinear(2, 3, F64, new SplittableRandom(11));
        GradChecks.check("ConcatSquashLinear.forwardTanh", v -> {
            squash.hyperGate().weight().set(v[2]);
            return squash.forwardTanh(v[0], v[1]);
        }, GradChecks.uniform(rng, 0, 1), GradChecks.uniform(rng, -1, 1, 4, 2), GradChecks.uniform(rng, -1, 1, 3, 1));
    }

    /** FFJORD's ODEnet keeps its layers in a ModuleList called {@code layers}. */
    private static final class FfjordOdeNet extends Module {
        final ModuleList<ConcatSquashLinear> layers;

        FfjordOdeNet(SplittableRandom rng) {
            layers = registerModule("layers", new ModuleList<>(new ConcatSquashLinear(2, 3, rng), new ConcatSquashLinear(3, 2, rng)));
        }

        Tensor forward(Tensor t, Tensor x) {
            return layers.get(1).forward(t, layers.get(0).forward(t, x).tanh());
        }
    }

    @Test
    void loadsAnFfjordStateDictAndReproducesItsOutput() throws Exception {
        FfjordOdeNet net = new FfjordOdeNet(new SplittableRandom(3));
        net.load(Path.of(getClass().getResource("/nn/ffjord_concatsquash_state.npz").toURI()));
        Map<String, Tensor> io = Npz.read(Path.of(getClass().getResource("/nn/ffjord_concatsquash_io.npz").toURI()));
        Tensor y = net.forward(io.get("t"), io.get("x"));
        assertArrayEquals(io.get("y").toDoubleArray(), y.toDoubleArray(), 1e-5);
    }

    @Test
    void concatConv2dIsAConvolutionOfTimeAndInputChannels() {
        ConcatConv2d layer = new ConcatConv2d(2, 3, 3, 1, 1, true, F64, new SplittableRandom(5));
        assertEquals(List.of("_layer.weight", "_layer.bias"), List.copyOf(layer.namedParameters().keySet()));
        assertArrayEquals(new long[] {3, 3, 3, 3}, layer.layer().weight().shape());
        Tensor x = GradChecks.uniform(rng, -1, 1, 2, 2, 4, 4);
        double t = 0.7;
        Tensor w = layer.layer().weight().tensor();
        Tensor b = layer.layer().bias().tensor();
        // By linearity: the time channel's kernel on a constant-t image plus the input kernels on x.
        Tensor timeImage = Tensor.full(t, F64, 2, 1, 4, 4);
        Tensor expected = timeImage.conv2d(w.slice(1, 0, 1), b, 1, 1).add(x.conv2d(w.slice(1, 1, 3), null, 1, 1));
        Tensor y = layer.forward(time(t), x);
        assertArrayEquals(new long[] {2, 3, 4, 4}, y.shape());
        assertArrayEquals(expected.toDoubleArray(), y.toDoubleArray(), 1e-12);
    }

    @Test
    void gradientsInTimeInputAndWeightsAtFirstAndSecondOrder() {
        ConcatSquashLinear squash = new ConcatSquashLinear(2, 3, F64, new SplittableRandom(7));
        GradChecks.check("ConcatSquashLinear", v -> {
            squash.layer().weight().set(v[2]);
            squash.hyperGate().weight().set(v[3]);
            squash.hyperBias().weight().set(v[4]);
            return squash.forward(v[0], v[1]).tanh();
        }, GradChecks.uniform(rng, 0, 1), GradChecks.uniform(rng, -1, 1, 4, 2), GradChecks.uniform(rng, -1, 1, 3, 2),
                GradChecks.uniform(rng, -1, 1, 3, 1), GradChecks.uniform(rng, -1, 1, 3, 1));
        ConcatLinear concat = new ConcatLinear(2, 2, F64, new SplittableRandom(8));
        GradChecks.check("ConcatLinear", v -> concat.forward(v[0], v[1]).tanh(),
                GradChecks.uniform(rng, 0, 1, 1), GradChecks.uniform(rng, -1, 1, 3, 2));
        ConcatConv2d conv = new ConcatConv2d(1, 2, 2, 1, 0, true, F64, new SplittableRandom(9));
        GradChecks.check("ConcatConv2d", v -> conv.forward(v[0], v[1]).tanh(),
                GradChecks.uniform(rng, 0, 1, 1, 1), GradChecks.uniform(rng, -1, 1, 2, 1, 3, 3));
    }

    @Test
    void timeMustBeOneValueOfTheInputsDtype() {
        ConcatSquashLinear layer = new ConcatSquashLinear(2, 2, F64, new SplittableRandom(1));
        Tensor x = Tensor.zeros(F64, 3, 2);
        var twoValues = assertThrows(IllegalArgumentException.class, () -> layer.forward(Tensor.zeros(F64, 2), x));
        assertTrue(twoValues.getMessage().contains("one value") && twoValues.getMessage().contains("[2]"), twoValues.getMessage());
        var dtype = assertThrows(IllegalArgumentException.class, () -> layer.forward(Tensor.scalar(0, DType.FLOAT32), x));
        assertTrue(dtype.getMessage().contains("float32") && dtype.getMessage().contains("float64"), dtype.getMessage());
        var width = assertThrows(IllegalArgumentException.class,
                () -> new ConcatLinear(2, 2, F64, new SplittableRandom(1)).forward(time(0), Tensor.zeros(F64, 3, 3)));
        assertTrue(width.getMessage().contains("[3, 3]"), width.getMessage());
    }
}

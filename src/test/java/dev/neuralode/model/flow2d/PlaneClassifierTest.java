package dev.neuralode.model.flow2d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.Grad;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.model.odenet.BlockSolver;
import dev.neuralode.nn.Parameter;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three classifiers of the plane: layout, loss, trajectories against logits, NFE and the adjoint. */
class PlaneClassifierTest {

    private static final double[] XY = {0.1, 0.2, -0.5, 0.3, 1.2, -0.7, 0.0, 0.0};

    @BeforeAll
    static void engine() {
        Backend.start(1);
    }

    private static PlaneClassifier model(PlaneModel kind, BlockSolver solver) {
        return new PlaneClassifier(kind, 3, 8, solver, DType.FLOAT64, new SplittableRandom(4));
    }

    private static PlaneClassifier model(PlaneModel kind) {
        return model(kind, new BlockSolver("dopri5", 1e-8, 1e-8, 0.25, false));
    }

    @Test
    void layoutAndSizes() {
        Map<String, Parameter> node = model(PlaneModel.NODE).namedParameters();
        assertTrue(node.containsKey("block.odefunc.net.0.weight") && node.containsKey("classifier.bias"), node.keySet().toString());
        // 2 -> 8 -> 8 -> 2: 24 + 72 + 18, then the classifier 2 + 1.
        assertEquals(117, model(PlaneModel.NODE).parameterCount());
        assertEquals(5, model(PlaneModel.ANODE).dim());
        assertArrayEquals(new long[] {8, 5}, model(PlaneModel.ANODE).namedParameters().get("block.odefunc.net.0.weight").shape());
        Map<String, Parameter> res = model(PlaneModel.RESNET).namedParameters();
        assertTrue(res.containsKey("blocks.3.f.net.4.bias"), res.keySet().toString());
        assertEquals(4 * 114 + 3, model(PlaneModel.RESNET).parameterCount());
    }

    @Test
    void logisticLossIsTheCrossEntropyOfTheSigmoid() {
        Tensor z = Tensor.fromValues(new double[] {2.0, -1.0, 40.0}, DType.FLOAT64, 3);
        double expected = (-Math.log(1 / (1 + Math.exp(-2.0))) - Math.log(1 - 1 / (1 + Math.exp(1.0))) + 0.0) / 3;
        assertEquals(expected, PlaneClassifier.logisticLoss(z, new int[] {1, 0, 1}).item(), 1e-12);
        assertArrayEquals(new int[] {1, 0, 1}, PlaneClassifier.classesOf(z));
        assertEquals(2 / 3.0, PlaneClassifier.accuracy(new int[] {1, 0, 1}, new int[] {1, 1, 1}), 1e-15);
    }

    /** Every model: the trajectory starts at the lifted input and ends where the linear classifier reads its logits. */
    @Test
    void trajectoriesStartAtTheInputAndEndAtTheFeatures() {
        for (PlaneModel kind : PlaneModel.values()) {
            PlaneClassifier m = model(kind);
            Tensor points = m.points(XY);
            double[] logits = m.logits(points).toDoubleArray();
            FlowTrajectory t = m.trajectory(points, new double[] {0, 0.375, 1});
            assertEquals(m.dim(), t.dim());
            double[] plane = m.hyperplane();
            for (int i = 0; i < t.points(); i++) {
                assertEquals(XY[2 * i], t.coordinate(0, i, 0), 0, kind + " x at s = 0");
                assertEquals(XY[2 * i + 1], t.coordinate(0, i, 1), 0, kind + " y at s = 0");
                for (int d = 2; d < m.dim(); d++) {
                    assertEquals(0, t.coordinate(0, i, d), 0, kind + ": the augmented dimensions start at 0");
                }
                double z = plane[m.dim()];
                for (int d = 0; d < m.dim(); d++) {
                    z += plane[d] * t.coordinate(2, i, d);
                }
                assertEquals(logits[i], z, 1e-6, kind + ": the classifier reads the state at s = 1");
            }
        }
    }

    @Test
    void theResNetsTrajectoryPassesThroughItsBlocks() {
        PlaneClassifier m = model(PlaneModel.RESNET);
        Tensor points = m.points(XY);
        FlowTrajectory t = m.trajectory(points, new double[] {0.25, 0.375, 0.5});
        for (int k = 0; k < t.states()[0].length; k++) {
            assertEquals(0.5 * (t.states()[0][k] + t.states()[2][k]), t.states()[1][k], 1e-12, "halfway between blocks 1 and 2");
        }
        assertEquals(new PlaneClassifier.Nfe(PlaneClassifier.RESNET_BLOCKS, 0), m.lastNfe());
    }

    @Test
    void odeModelsCountEvaluationsAndTheAdjointMatchesBackpropagation() {
        PlaneClassifier direct = model(PlaneModel.ANODE);
        PlaneClassifier adjoint = model(PlaneModel.ANODE, new BlockSolver("dopri5", 1e-8, 1e-8, 0.25, true));
        int[] labels = {0, 1, 1, 0};
        double[] g1 = gradient(direct, labels);
        double[] g2 = gradient(adjoint, labels);
        double difference = 0;
        double size = 0;
        for (int k = 0; k < g1.length; k++) {
            difference += (g2[k] - g1[k]) * (g2[k] - g1[k]);
            size += g1[k] * g1[k];
        }
        double relative = Math.sqrt(difference / size);
        System.out.println("anode, adjoint against backpropagation through dopri5 at 1e-8: relative difference " + relative);
        assertTrue(relative < 1e-3, "relative difference " + relative);
        assertTrue(direct.lastNfe().forward() >= 8 && direct.lastNfe().backward() == 0, direct.lastNfe().toString());
        assertTrue(adjoint.lastNfe().backward() > 0, adjoint.lastNfe().toString());
    }

    private static double[] gradient(PlaneClassifier m, int[] labels) {
        Tensor loss = m.loss(m.points(XY), labels);
        Tensor w = m.namedParameters().get("block.odefunc.net.0.weight").tensor();
        return Grad.grad(List.of(loss), List.of(w), null, false, false).get(0).toDoubleArray();
    }

    @Test
    void badInputsAreNamed() {
        PlaneClassifier m = model(PlaneModel.NODE);
        assertThrows(IllegalArgumentException.class, () -> m.logits(Tensor.zeros(DType.FLOAT64, 3, 3)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> m.trajectory(m.points(XY), new double[] {0.5, 0.5}))
                .getMessage().contains("increase strictly"));
        assertThrows(IllegalArgumentException.class, () -> m.trajectory(m.points(XY), new double[] {1.5}));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new PlaneClassifier(PlaneModel.ANODE, 0, 8,
                new BlockSolver("dopri5", 1e-3, 1e-3, 0.25, false), DType.FLOAT64, new SplittableRandom(0))).getMessage()
                .contains("extra dimensions"));
        assertEquals(PlaneModel.ANODE, PlaneModel.byId("ANODE"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlaneModel.byId("mlp")).getMessage().contains("node, anode, resnet"));
    }
}

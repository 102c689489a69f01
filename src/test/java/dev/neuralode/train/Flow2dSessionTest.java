package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.data.LabelledPoints;
import dev.neuralode.data.PlaneTask;
import dev.neuralode.model.flow2d.FlowTrajectory;
import dev.neuralode.model.flow2d.PlaneClassifier;
import dev.neuralode.model.flow2d.PlaneModel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classifiers of the plane trained headless (Dupont, Doucet and Teh 2019, "Augmented Neural ODEs"):
 * on the circles the augmented flow separates the disc from the ring more cheaply than the plain one,
 * whose flow map preserves orientation; the ResNet trains; runs resume exactly.
 */
class Flow2dSessionTest {

    /** Iterations over which the mean forward NFE is compared: the last fifth of the default run. */
    private static final int LAST = 100;

    private static Flow2dSession node;
    private static double nodeMeanNfe;

    @BeforeAll
    static void trainThePlainFlowOnCircles() {
        Backend.start(1);
        node = new Flow2dSession(Flow2dExperiment.defaults());
        nodeMeanNfe = train(node);
    }

    /** Trains a session to its config's last iteration; returns the mean forward NFE of the last {@value #LAST}. */
    private static double train(Flow2dSession s) {
        int total = s.config().iterations();
        long nfe = 0;
        for (int i = 1; i <= total; i++) {
            Flow2dSnapshot snapshot = toSnapshot(s);
            assertFalse(snapshot.failed(), snapshot.training().message());
            if (i > total - LAST) {
                nfe += snapshot.nfeForward();
            }
        }
        return nfe / (double) Math.min(LAST, total);
    }

    private static Flow2dSnapshot toSnapshot(Flow2dSession s) {
        s.step();
        return s.latest();
    }

    @Test
    void theAugmentedFlowSeparatesTheCirclesWithFewerEvaluations() {
        Flow2dSession anode = new Flow2dSession(Flow2dExperiment.defaults().withModel("anode", 2, 32));
        double anodeMeanNfe = train(anode);
        double anodeAccuracy = anode.latest().testAccuracy();
        System.out.printf("circles, %d iterations: node test accuracy %.3f, mean NFE %.1f; anode (p = 2) %.3f, %.1f%n",
                node.iteration(), node.latest().testAccuracy(), nodeMeanNfe, anodeAccuracy, anodeMeanNfe);
        assertTrue(anodeAccuracy >= 0.99, "anode test accuracy " + anodeAccuracy);
        assertTrue(anodeMeanNfe < nodeMeanNfe, "anode NFE " + anodeMeanNfe + ", node NFE " + nodeMeanNfe);
        assertEquals(anodeAccuracy, anode.evaluate(anode.data().test()).accuracy(), 1e-12);
    }

    /**
     * A flow map's Jacobian has determinant {@code exp(int div f dt) > 0} (Liouville's formula), so it
     * keeps the orientation of every small triangle, however much it stretches it. Checked in float64
     * on the trained plain model, with triangles of side 1e-6 at the test points, at five times of the
     * flow, solved at 1e-9 so that the solver's map is the flow's. (At the training tolerance, 1e-3, the
     * steps can be too coarse where the flow squeezes hardest, and the discrete map, which is no flow,
     * flipped 4 of these 200 triangles by s = 1 when this test was written; none at 1e-5.)
     */
    @Test
    void thePlainFlowKeepsTheOrientationOfTriangles() {
        Flow2dExperiment c = node.config().withSolver("dopri5", 1e-9, 1e-9, false);
        PlaneClassifier exact = new PlaneClassifier(PlaneModel.NODE, c.augment(), c.width(), c.blockSolver(), DType.FLOAT64,
                new SplittableRandom(0));
        exact.loadStateDict(node.model().stateDict());
        LabelledPoints test = node.data().test();
        double h = 1e-6;
        double[] xy = new double[6 * test.size()];
        for (int i = 0; i < test.size(); i++) {
            double[] corners = {test.x(i), test.y(i), test.x(i) + h, test.y(i), test.x(i), test.y(i) + h};
            System.arraycopy(corners, 0, xy, 6 * i, 6);
        }
        double[] times = {0, 0.25, 0.5, 0.75, 1};
        FlowTrajectory t = exact.trajectory(exact.points(xy), times);
        double smallest = Double.MAX_VALUE;
        double largest = 0;
        for (int k = 0; k < times.length; k++) {
            for (int i = 0; i < test.size(); i++) {
                double area = signedArea(t, k, 3 * i) / (h * h / 2);
                assertTrue(area > 0, "triangle at point " + i + " flipped at s = " + times[k] + " (relative area " + area + ")");
                if (k == times.length - 1) {
                    smallest = Math.min(smallest, area);
                    largest = Math.max(largest, area);
                }
            }
        }
        System.out.printf("node flow at s = 1: triangle areas from %.3g to %.3g of their initial area, all positive%n",
                smallest, largest);
        assertTrue(largest / smallest > 10, "the flow stretches some triangles far more than others");
    }

    private static double signedArea(FlowTrajectory t, int k, int first) {
        double ax = t.coordinate(k, first, 0);
        double ay = t.coordinate(k, first, 1);
        double bx = t.coordinate(k, first + 1, 0) - ax;
        double by = t.coordinate(k, first + 1, 1) - ay;
        double cx = t.coordinate(k, first + 2, 0) - ax;
        double cy = t.coordinate(k, first + 2, 1) - ay;
        return 0.5 * (bx * cy - by * cx);
    }

    @Test
    void theResNetTrainsOnMoons() {
        Flow2dSession resnet = new Flow2dSession(Flow2dExperiment.defaults().withModel("resnet", 2, 32)
                .withData("moons", 1000, 0.05).withTraining(200, 128, 0.01));
        train(resnet);
        Flow2dSnapshot last = resnet.latest();
        assertTrue(last.tested() && last.testAccuracy() >= 0.95, "resnet test accuracy " + last.testAccuracy());
        assertEquals(PlaneClassifier.RESNET_BLOCKS, last.nfeForward());
        double[] p = resnet.probabilities(resnet.data().test().xy());
        assertEquals(resnet.data().test().size(), p.length);
        assertTrue(Arrays.stream(p).allMatch(v -> v >= 0 && v <= 1));
        double[] bounds = resnet.viewBounds();
        DecisionMap map = resnet.decisionMap(bounds, 20);
        assertEquals(400, map.probability().length);
        assertTrue(map.x(0) > bounds[0] && map.y(19) < bounds[3]);
        long ones = Arrays.stream(map.probability()).filter(v -> v > 0.5).count();
        assertTrue(ones > 40 && ones < 360, "both classes have ground on the map: " + ones + " of 400 cells say class 1");
    }

    @Test
    void theTestSetIsEvaluatedEveryTenIterationsAndAtTheLast() {
        Flow2dSession s = new Flow2dSession(small().withTraining(15, 32, 0.01));
        for (int i = 1; i <= 15; i++) {
            Flow2dSnapshot snapshot = toSnapshot(s);
            assertEquals(i == 10 || i == 15, snapshot.tested(), "iteration " + i);
            assertTrue(snapshot.accuracy() >= 0 && snapshot.accuracy() <= 1);
            assertTrue(snapshot.nfeForward() > 0);
        }
    }

    private static Flow2dExperiment small() {
        return Flow2dExperiment.defaults().withData("moons", 200, 0.05).withTraining(30, 32, 0.01);
    }

    @Test
    void aResumedRunContinuesExactly(@TempDir Path dir) throws Exception {
        LabelledPoints drawn = PlaneTask.XOR.generate(120, 0.02, 9);
        Flow2dExperiment c = small().withData(Flow2dExperiment.CUSTOM, 0, 0).withModel("anode", 1, 16);
        Flow2dSession first = new Flow2dSession(c, drawn);
        for (int i = 0; i < 12; i++) {
            first.step();
        }
        Path file = dir.resolve("flow2d.ckpt");
        Map<String, String> charts = Map.of("metrics.csv", "iteration,loss\n1,0.7\n", "accuracy.csv", "iteration\n");
        first.save(file, charts);
        Flow2dSession resumed = Flow2dSession.resume(file);
        assertEquals(12, resumed.iteration());
        assertEquals(first.data(), resumed.data(), "the drawn points travel with the checkpoint");
        assertEquals(charts, resumed.savedHistory(), "the view's history comes back as it was saved");
        assertEquals(Map.of(), first.savedHistory(), "a new session has none");
        for (int i = 0; i < 5; i++) {
            assertEquals(first.step().loss(), resumed.step().loss(), 0, "iteration " + first.iteration());
        }
    }

    @Test
    void configsRoundTripAndBadSettingsAreNamed() {
        Flow2dExperiment c = Flow2dExperiment.defaults().withModel("anode", 3, 16).withSolver("rk4", 1e-4, 1e-5, true);
        assertEquals(c, Flow2dExperiment.fromJson(c.toJson()));
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> Flow2dExperiment.defaults().withTraining(100, 0, 0.01));
        assertEquals("batchSize", e.property());
        assertEquals("--batch must be between 1 and 100000, such as 128, was 0", e.messageFor("--batch"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Flow2dExperiment.defaults().withData("rings", 100, 0))
                .getMessage().contains("circles, moons, spirals, xor or custom"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Flow2dSession(Flow2dExperiment.defaults()
                .withData(Flow2dExperiment.CUSTOM, 0, 0))).getMessage().contains("needs its points"));
        Flow2dExperiment custom = Flow2dExperiment.defaults().withData(Flow2dExperiment.CUSTOM, 0, 0);
        LabelledPoints two = new LabelledPoints(new double[] {0, 0, 1, 1}, new int[] {0, 1});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Flow2dSession(custom, two)).getMessage()
                .contains("leaves no test point"));
        assertEquals("testFraction", assertThrows(InvalidSettingException.class, () -> new Flow2dExperiment("xor", 10, 0, 0.01,
                "node", 2, 8, "dopri5", 1e-3, 1e-3, 0.25, false, 10, 8, 0.01, 0)).property());
    }

    @Test
    void updatesChangeTheSolverButNotTheModel() {
        Flow2dSession s = new Flow2dSession(small());
        s.update(s.config().withSolver("rk4", 1e-3, 1e-3, false).withTraining(30, 32, 0.001));
        Flow2dSnapshot snapshot = toSnapshot(s);
        assertEquals(16, snapshot.nfeForward(), "four rk4 steps of 0.25");
        assertNotNull(s.config());
        assertThrows(IllegalArgumentException.class, () -> s.update(s.config().withModel("resnet", 2, 32)));
    }
}

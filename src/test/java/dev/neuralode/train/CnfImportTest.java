package dev.neuralode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Backend;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Npz;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PyTorch state dicts (fixtures made by {@code cnf/make_reference.py}) load into our models and give
 * the reference log p: torchdiffeq's {@code cnf.py} hypernetwork (data at t = 10, base N(0, 0.1 I)
 * at t = 0) and an FFJORD ConcatSquash MLP (data at t = 0, base N(0, I) at T = sqrt_end_time^2),
 * float64, tolerance 1e-8, to 1e-5 relative.
 */
class CnfImportTest {

    @BeforeAll
    static void engine() {
        Backend.start(1);
    }

    private static Path resource(String name) {
        try {
            return Path.of(CnfImportTest.class.getResource("/cnf/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of x,y,logp. */
    private static double[][] reference(String name) throws IOException {
        return reference(name, 0);
    }

    /** Rows of x,y,logp after {@code skipped} comment lines and the header. */
    private static double[][] reference(String name, int skipped) throws IOException {
        List<String> lines = Files.readAllLines(resource(name));
        int first = skipped + 1;
        double[][] rows = new double[lines.size() - first][];
        for (int i = first; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",");
            rows[i - first] = new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2])};
        }
        return rows;
    }

    private static void assertLogDensities(FlowSnapshot model, double[][] ref) {
        float[] xy = new float[2 * ref.length];
        for (int i = 0; i < ref.length; i++) {
            xy[2 * i] = (float) ref[i][0];
            xy[2 * i + 1] = (float) ref[i][1];
        }
        double[] logp = model.logDensity(xy, 1e-8, new int[1]);
        for (int i = 0; i < ref.length; i++) {
            // The points pass through float32 (PointSet), which moves log p by ~1e-7; the bound is 1e-5.
            assertEquals(ref[i][2], logp[i], 1e-5 * Math.max(1, Math.abs(ref[i][2])), "point " + i);
        }
    }

    private static CnfExperiment hyper() {
        return CnfExperiment.defaults().withModel("hyper", 64, 32, List.of(64), "tanh", 10.0, false, 32, 0.1, 0, "float64")
                .withTolerances(1e-8, 1e-8);
    }

    @Test
    void torchdiffeqCnfPyHypernetworkGivesItsLogDensity() throws IOException {
        Map<String, Tensor> state = StateDictImport.forCnf(Npz.read(resource("hypernet_state.npz")));
        assertLogDensities(FlowSnapshot.of(hyper(), state, 0), reference("hypernet_logp.csv"));
    }

    @Test
    void ffjordConcatSquashMlpGivesItsLogDensity() throws IOException {
        Map<String, Tensor> pytorch = Npz.read(resource("ffjord_state.npz"));
        // The fixture is FFJORD's own state dict: a 0-d end time and the evaluation-count buffer.
        assertEquals(0, pytorch.get("chain.0.sqrt_end_time").rank());
        assertTrue(pytorch.containsKey("chain.0.odefunc.odefunc._num_evals"), pytorch.keySet().toString());
        Map<String, Tensor> state = StateDictImport.forCnf(pytorch);
        double end = Math.pow(state.get("sqrt_end_time").toDoubleArray()[0], 2);
        CnfExperiment config = CnfExperiment.defaults()
                .withModel("mlp", 64, 32, List.of(32, 32), "tanh", end, true, 32, 1.0, 0, "float64").withTolerances(1e-8, 1e-8);
        assertLogDensities(FlowSnapshot.of(config, state, 0), reference("ffjord_logp.csv"));
    }

    @Test
    void theCnfPyImportTakesTorchdiffeqsStepsInFloat32() throws IOException {
        // torchdiffeq's own solve of cnf.py's CNF (make_cnfpy_steps.py): one batch from t = 10 to 0, dopri5, 1e-5.
        List<String> lines = Files.readAllLines(resource("hypernet_torchdiffeq_steps.csv"));
        int torchdiffeqNfe = Integer.parseInt(lines.get(0).replace("# nfe ", "").strip());
        double[][] ref = reference("hypernet_torchdiffeq_steps.csv", 1);
        Map<String, Tensor> state = StateDictImport.forCnf(Npz.read(resource("hypernet_state.npz")));
        CnfExperiment float32 = CnfExperiment.defaults().withModel("hyper", 64, 32, List.of(64), "tanh", 10.0, false, 32, 0.1,
                0, "float32");
        float[] xy = new float[2 * ref.length];
        for (int i = 0; i < ref.length; i++) {
            xy[2 * i] = (float) ref[i][0];
            xy[2 * i + 1] = (float) ref[i][1];
        }
        int[] nfe = new int[1];
        double[] logp = FlowSnapshot.of(float32, state, 0).logDensity(xy, 1e-5, nfe);
        assertEquals(torchdiffeqNfe, nfe[0], "integrated in the model's time, the steps are torchdiffeq's");
        for (int i = 0; i < ref.length; i++) {
            // The same steps; torchdiffeq keeps its times in float32, which moves its log p from the float64
            // truth (hypernet_logp.csv) by up to 1.6e-4 relative, where the engine's double times stay within 1e-5.
            assertEquals(ref[i][2], logp[i], 2e-4 * Math.max(1, Math.abs(ref[i][2])), "point " + i);
        }
    }

    @Test
    void aWrongKeyOrShapeIsNamed() throws IOException {
        Map<String, Tensor> state = new HashMap<>(StateDictImport.forCnf(Npz.read(resource("hypernet_state.npz"))));
        state.put("net.hyper_net.fc9.weight", state.remove("net.hyper_net.fc1.weight"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> FlowSnapshot.of(hyper(), state, 0));
        assertTrue(missing.getMessage().contains("net.hyper_net.fc1.weight") && missing.getMessage().contains("net.hyper_net.fc9.weight"),
                missing.getMessage());
        state.put("net.hyper_net.fc1.weight", Tensor.zeros(DType.FLOAT32, 3, 1));
        state.remove("net.hyper_net.fc9.weight");
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () -> FlowSnapshot.of(hyper(), state, 0));
        assertTrue(shape.getMessage().contains("'net.hyper_net.fc1.weight': expected shape [32, 1] but got [3, 1]"), shape.getMessage());
    }

    @Test
    void importedWeightsThatAreNotFiniteAreNamedBeforeAnySolve() throws IOException {
        Map<String, Tensor> pytorch = new HashMap<>(Npz.read(resource("hypernet_state.npz")));
        String key = pytorch.keySet().iterator().next();
        float[] values = new float[(int) pytorch.get(key).length()];
        values[0] = Float.NaN;
        values[1] = Float.POSITIVE_INFINITY;
        pytorch.put(key, Tensor.fromFloats(values, pytorch.get(key).shape()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StateDictImport.forCnf(pytorch));
        assertTrue(e.getMessage().startsWith("the imported weights are not finite: " + key + " holds 2 NaN or infinite values"),
                e.getMessage());
    }

    @Test
    void onlyFfjordsEvaluationCountIsDroppedAndOtherUnknownKeysStillReachTheStrictLoad() throws IOException {
        Map<String, Tensor> pytorch = new HashMap<>(Npz.read(resource("ffjord_state.npz")));
        pytorch.put("chain.0.odefunc.odefunc._unknown_buffer", Tensor.zeros(DType.FLOAT32, 1));
        Map<String, Tensor> state = StateDictImport.forCnf(pytorch);
        assertTrue(state.keySet().stream().noneMatch(k -> k.endsWith("_num_evals")), state.keySet().toString());
        assertEquals(List.of(1L), java.util.Arrays.stream(state.get("sqrt_end_time").shape()).boxed().toList());
        CnfExperiment config = CnfExperiment.defaults()
                .withModel("mlp", 64, 32, List.of(32, 32), "tanh", 0.5, true, 32, 1.0, 0, "float64");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FlowSnapshot.of(config, state, 0));
        assertTrue(e.getMessage().contains("_unknown_buffer"), e.getMessage());
    }
}

package dev.neuralode.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** .npz state dicts: round trips, files made by NumPy, and the errors for keys and shapes that do not fit. */
class NpzTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(NpzTest.class.getResource("/nn/" + name).toURI());
    }

    private static Sequential mlp(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return new Sequential(new Linear(2, 4, rng), new Tanh(), new Linear(4, 1, rng));
    }

    @Test
    void saveAndLoadRoundTrip() throws IOException {
        Sequential a = mlp(1);
        Path file = dir.resolve("model.npz");
        a.save(file);
        Sequential b = mlp(2);
        b.load(file);
        Tensor x = Tensor.fromRows(new double[][] {{0.5, -1}, {2, 0.25}}, DataType.FLOAT);
        assertArrayEquals(a.forward(x).toFloatArray(), b.forward(x).toFloatArray());
        for (String k : a.stateDict().keySet()) {
            assertArrayEquals(a.parameter(k).value().data().asFloat(), b.parameter(k).value().data().asFloat(), k);
        }
    }

    @Test
    void savesAtomicallyAndOverwrites() throws IOException {
        Path file = dir.resolve("sub/model.npz");
        mlp(1).save(file);
        mlp(2).save(file);
        Sequential loaded = mlp(3);
        loaded.load(file);
        assertArrayEquals(mlp(2).parameter("0.weight").value().data().asFloat(), loaded.parameter("0.weight").value().data().asFloat());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of("model.npz"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file is left");
        }
    }

    @Test
    void loadsAStateDictMadeByNumpyAndReproducesItsOutput() throws Exception {
        Sequential net = mlp(7);
        net.load(fixture("mlp_state.npz"));
        Map<String, INDArray> io = Npz.read(fixture("mlp_io.npz"));
        Tensor y = net.forward(Tensor.constant(io.get("x")));
        assertArrayEquals(new long[] {5, 1}, y.shape());
        assertArrayEquals(io.get("y").data().asDouble(), y.toDoubleArray(), 1e-5);
    }

    @Test
    void readsTheElementTypesAndLayoutsNumpyWrites() throws Exception {
        Map<String, INDArray> a = Npz.read(fixture("npy_layouts.npz"));
        assertEquals(List.of("f8", "big_endian_f4", "scalar", "i8", "fortran"), List.copyOf(a.keySet()));
        assertEquals(DataType.DOUBLE, a.get("f8").dataType());
        assertArrayEquals(new double[][] {{0, 1, 2}, {3, 4, 5}}, a.get("f8").toDoubleMatrix());
        assertEquals(DataType.FLOAT, a.get("big_endian_f4").dataType());
        assertArrayEquals(new float[] {0.5f, 1.5f, 2.5f}, a.get("big_endian_f4").toFloatVector());
        assertEquals(0, a.get("scalar").rank());
        assertEquals(2.5, a.get("scalar").getDouble(0), 0);
        assertArrayEquals(new long[] {7, -3}, a.get("i8").toLongVector());
        INDArray f = a.get("fortran");
        assertArrayEquals(new long[] {2, 3, 4}, f.shape());
        // np.arange(24).reshape(2, 3, 4): element (i, j, k) is 12 i + 4 j + k, whatever the file's order.
        assertEquals(12 + 8 + 3, f.getDouble(1, 2, 3), 0);
        assertEquals(4 + 1, f.getDouble(0, 1, 1), 0);
    }

    @Test
    void writesFilesNumpyCanReadBack() throws IOException {
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        arrays.put("matrix", Nd4j.createFromArray(new float[][] {{1, 2, 3}, {4, 5, 6}}));
        arrays.put("vector", Nd4j.createFromArray(0.5, -1.5));
        arrays.put("scalar", Nd4j.scalar(DataType.DOUBLE, 3.0));
        arrays.put("count", Nd4j.createFromArray(new long[] {42}));
        Path file = dir.resolve("arrays.npz");
        Npz.write(file, arrays);
        Map<String, INDArray> back = Npz.read(file);
        assertEquals(List.copyOf(arrays.keySet()), List.copyOf(back.keySet()));
        arrays.forEach((k, v) -> {
            assertEquals(v.dataType(), back.get(k).dataType(), k);
            assertArrayEquals(v.shape(), back.get(k).shape(), k);
            assertArrayEquals(v.data().asDouble(), back.get(k).data().asDouble(), 0, k);
        });
        // The header NumPy expects: version 1.0, a one-element shape written (2,), the data aligned to 64 bytes.
        String npy = new String(Npy.write(arrays.get("vector"), "vector"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(npy.startsWith("\u0093NUMPY\u0001\u0000"), npy);
        assertTrue(npy.contains("{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }"), npy);
        assertEquals(0, (npy.indexOf('\n') + 1) % 64, "data starts on a 64-byte boundary");
    }

    @Test
    void aWrongShapeInTheFileNamesTheKeyAndBothShapes() throws Exception {
        Sequential net = mlp(1);
        Path file = fixture("mlp_state_wrong_shape.npz");
        var e = assertThrows(IllegalArgumentException.class, () -> net.load(file));
        assertTrue(e.getMessage().contains("key '0.weight': expected shape [4, 2] but got [4, 3]"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void missingAndExtraKeysAreNamed() throws IOException {
        Map<String, INDArray> state = new LinkedHashMap<>(mlp(1).stateDict());
        state.remove("2.bias");
        state.put("layers.2.bias", Nd4j.zeros(DataType.FLOAT, 1));
        Path file = dir.resolve("renamed.npz");
        Npz.write(file, state);
        var e = assertThrows(IllegalArgumentException.class, () -> mlp(1).load(file));
        assertTrue(e.getMessage().contains("missing key '2.bias' (expected shape [1])"), e.getMessage());
        assertTrue(e.getMessage().contains("unexpected key 'layers.2.bias' (shape [1])"), e.getMessage());
    }

    @Test
    void unreadableFilesFailWithTheirName() throws IOException {
        Path notZip = dir.resolve("bad.npz");
        Files.writeString(notZip, "not a zip");
        var e = assertThrows(IOException.class, () -> Npz.read(notZip));
        assertTrue(e.getMessage().contains("bad.npz"), e.getMessage());
        assertThrows(IOException.class, () -> Npz.read(dir.resolve("absent.npz")));
        var npy = assertThrows(IllegalArgumentException.class, () -> Npy.read(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, "x.npy"));
        assertTrue(npy.getMessage().contains("x.npy"), npy.getMessage());
    }
}

package dev.neuralode.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.io.UnpackBudget;
import dev.neuralode.io.ZipBombs;
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
        Tensor x = Tensor.fromRows(new double[][] {{0.5, -1}, {2, 0.25}}, DType.FLOAT32);
        assertArrayEquals(a.forward(x).toFloatArray(), b.forward(x).toFloatArray());
        for (String k : a.stateDict().keySet()) {
            assertArrayEquals(a.parameter(k).value().toFloatArray(), b.parameter(k).value().toFloatArray(), k);
        }
    }

    @Test
    void savesAtomicallyAndOverwrites() throws IOException {
        Path file = dir.resolve("sub/model.npz");
        mlp(1).save(file);
        mlp(2).save(file);
        Sequential loaded = mlp(3);
        loaded.load(file);
        assertArrayEquals(mlp(2).parameter("0.weight").value().toFloatArray(), loaded.parameter("0.weight").value().toFloatArray());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of("model.npz"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file is left");
        }
    }

    @Test
    void loadsAStateDictMadeByNumpyAndReproducesItsOutput() throws Exception {
        Sequential net = mlp(7);
        net.load(fixture("mlp_state.npz"));
        Map<String, Tensor> io = Npz.read(fixture("mlp_io.npz"));
        Tensor y = net.forward(io.get("x"));
        assertArrayEquals(new long[] {5, 1}, y.shape());
        assertArrayEquals(io.get("y").toDoubleArray(), y.toDoubleArray(), 1e-5);
    }

    @Test
    void readsTheElementTypesAndLayoutsNumpyWrites() throws Exception {
        Map<String, Tensor> a = Npz.read(fixture("npy_layouts.npz"));
        assertEquals(List.of("f8", "big_endian_f4", "scalar", "i8", "fortran"), List.copyOf(a.keySet()));
        assertEquals(DType.FLOAT64, a.get("f8").dtype());
        assertArrayEquals(new long[] {2, 3}, a.get("f8").shape());
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, a.get("f8").toDoubleArray());
        assertEquals(DType.FLOAT32, a.get("big_endian_f4").dtype());
        assertArrayEquals(new long[] {3}, a.get("big_endian_f4").shape());
        assertArrayEquals(new float[] {0.5f, 1.5f, 2.5f}, a.get("big_endian_f4").toFloatArray());
        assertEquals(0, a.get("scalar").rank());
        assertEquals(2.5, a.get("scalar").item(), 0);
        // Integer arrays are read as float64, which holds these int64 values exactly.
        assertEquals(DType.FLOAT64, a.get("i8").dtype());
        assertArrayEquals(new long[] {2}, a.get("i8").shape());
        assertArrayEquals(new double[] {7, -3}, a.get("i8").toDoubleArray(), 0);
        Tensor f = a.get("fortran");
        assertArrayEquals(new long[] {2, 3, 4}, f.shape());
        // np.arange(24).reshape(2, 3, 4): element (i, j, k) is 12 i + 4 j + k, whatever the file's order.
        double[] fv = f.toDoubleArray();
        assertEquals(12 + 8 + 3, fv[(1 * 3 + 2) * 4 + 3], 0);
        assertEquals(4 + 1, fv[(0 * 3 + 1) * 4 + 1], 0);
    }

    @Test
    void writesFilesNumpyCanReadBack() throws IOException {
        Map<String, Tensor> arrays = new LinkedHashMap<>();
        arrays.put("matrix", Tensor.fromFloats(new float[] {1, 2, 3, 4, 5, 6}, 2, 3));
        arrays.put("vector", Tensor.fromValues(new double[] {0.5, -1.5}, DType.FLOAT64, 2));
        arrays.put("scalar", Tensor.scalar(3.0, DType.FLOAT64));
        // Tensors have no integer dtype any more (ND4J's int64 "count" array was written here before).
        arrays.put("count", Tensor.fromValues(new double[] {42}, DType.FLOAT64, 1));
        Path file = dir.resolve("arrays.npz");
        Npz.write(file, arrays);
        Map<String, Tensor> back = Npz.read(file);
        assertEquals(List.copyOf(arrays.keySet()), List.copyOf(back.keySet()));
        arrays.forEach((k, v) -> {
            assertEquals(v.dtype(), back.get(k).dtype(), k);
            assertArrayEquals(v.shape(), back.get(k).shape(), k);
            assertArrayEquals(v.toDoubleArray(), back.get(k).toDoubleArray(), 0, k);
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
        Map<String, Tensor> state = new LinkedHashMap<>(mlp(1).stateDict());
        state.remove("2.bias");
        state.put("layers.2.bias", Tensor.zeros(DType.FLOAT32, 1));
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
    @Test
    void aZipBombIsRefusedByNameBeforeItFillsTheHeap() throws IOException {
        byte[] bomb = ZipBombs.archive("w.npy", UnpackBudget.ENTRY_BYTES + (1 << 20));
        assertTrue(bomb.length < 2_000_000, "small on disk: " + bomb.length + " bytes");
        IOException inMemory = assertThrows(IOException.class, () -> Npz.fromBytes(bomb, "bomb.npz"));
        assertTrue(inMemory.getMessage().startsWith("bomb.npz: w.npy unpacks to more than 256 MB"), inMemory.getMessage());
        Path file = dir.resolve("bomb.npz");
        Files.write(file, bomb);
        IOException onDisk = assertThrows(IOException.class, () -> Npz.read(file));
        assertTrue(onDisk.getMessage().startsWith("bomb.npz: w.npy unpacks to more than 256 MB"), onDisk.getMessage());
    }
}

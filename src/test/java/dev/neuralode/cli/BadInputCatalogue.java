package dev.neuralode.cli;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.data.Mnist;
import dev.neuralode.io.UnpackBudget;
import dev.neuralode.io.ZipBombs;
import dev.neuralode.model.odenet.Architecture;
import dev.neuralode.nn.Npz;
import dev.neuralode.train.CheckpointEdits;
import dev.neuralode.train.MnistExperiment;
import dev.neuralode.train.MnistSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The catalogue of bad inputs, by reader: every file format and option the command line takes, each
 * broken the ways users and damaged disks break them. Most cases write into, or read from, a copy of
 * a finished run (given to the command with {@code --overwrite} or {@code --resume}, so that the
 * reader is reached), which the refusal must leave as it was.
 */
final class BadInputCatalogue {

    /** The smallest settings of {@code train cnf} that train at all: a case's own options replace these. */
    private static final List<String> TINY = List.of("--width", "8", "--hidden", "4", "--batch", "32", "--rtol", "1e-3", "--atol",
            "1e-3", "--grid", "4", "--iters", "1");

    private BadInputCatalogue() {
    }

    static Stream<BadInputCase> cases() {
        return Stream.of(pointsCsv(), images(), npz(), npyHeaders(), checkpoints(), configs(), options(), runDirectories(),
                numericalFaults()).flatMap(List::stream);
    }

    private static BadInputCase c(String name, int exit, BadInputCase.Command command, String... fragments) {
        return new BadInputCase(name, command, exit, List.of(fragments));
    }

    private static List<BadInputCase> pointsCsv() {
        return List.of(
                c("points CSV: a byte-order mark before the header is read as Excel means it", 0,
                        in -> evalPoints(in, in.write("excel.csv", "\uFEFFx,y\n0.5,0.25\n"))),
                c("points CSV: a word for a number", 1, in -> trainData(in, in.write("words.csv", "x,y\n1,2\n3,oops\n")),
                        "words.csv line 3", "'oops' is not a number", "such as 0.25"),
                c("points CSV: a hexadecimal float", 1, in -> trainData(in, in.write("hex.csv", "0x1p3,1\n")),
                        "hex.csv line 1", "'0x1p3' is not a number", "scientific notation such as 1.5e-3"),
                c("points CSV: a Java float suffix", 1, in -> trainData(in, in.write("suffix.csv", "1,2\n1f,2\n")),
                        "suffix.csv line 2", "'1f' is not a number", "such as 0.25"),
                c("points CSV: NaN", 1, in -> trainData(in, in.write("nan.csv", "x,y\nNaN,1\n")),
                        "nan.csv line 2", "'NaN' is not a number", "such as 0.25"),
                c("points CSV: a number beyond double range", 1, in -> trainData(in, in.write("overflow.csv", "x,y\n1,2\n1e400,0\n")),
                        "overflow.csv line 3", "1e400 is out of range for a coordinate", "rescale the data"),
                c("points CSV: a coordinate beyond 1e9", 1, in -> trainData(in, in.write("far.csv", "x,y\n2e9,0\n")),
                        "far.csv line 2", "2e9 is out of range", "at most 1e9", "rescale the data"),
                c("points CSV: an empty file", 1, in -> trainData(in, in.write("empty.csv", "")),
                        "empty.csv", "has no points", "such as 0.5,-1.2"),
                c("points CSV: a header and no rows", 1, in -> evalPoints(in, in.write("header.csv", "x,y\n\n")),
                        "header.csv", "has no points", "such as 0.5,-1.2"),
                c("points CSV: three columns", 1, in -> trainData(in, in.write("wide.csv", "x,y\n1,2,3\n")),
                        "wide.csv line 2", "expected 2 columns (x,y), found 3", "such as 0.5,-1.2"),
                c("points CSV: a word for a number, evaluated", 1, in -> evalPoints(in, in.write("words.csv", "x,y\n1,two\n")),
                        "words.csv line 2", "'two' is not a number", "such as 0.25"),
                c("points CSV: bytes that are not UTF-8 text", 1,
                        in -> trainData(in, in.write("latin1.csv", new byte[] {'x', ',', 'y', '\n', (byte) 0xE9, ',', '1', '\n'})),
                        "latin1.csv: is not UTF-8 text", "export it from your spreadsheet as CSV"),
                c("points CSV: a missing file", 1, in -> trainData(in, in.dir().resolve("absent.csv")),
                        "absent.csv: does not exist", "check the path"),
                c("points CSV: a directory", 1, in -> trainData(in, Files.createDirectory(in.dir().resolve("folder.csv"))),
                        "folder.csv", "is a directory", "give a CSV file"),
                c("points CSV: every row the one point trains, with a warning", 0,
                        in -> concat(List.of("train", "cnf", "--data", in.write("dot.csv", "x,y\n1,1\n1,1\n1,1\n").toString(),
                                "--out", in.dir().resolve("dot-run").toString()), TINY),
                        "all 3 points of dot.csv are the one point (1.0, 1.0)", "give points that spread out"));
    }

    private static List<BadInputCase> images() {
        return List.of(
                c("image: a PNG whose header claims 100,000 x 100,000 pixels", 1,
                        in -> trainData(in, in.write("huge.png", BadInputs.pngClaiming(100_000, 100_000))),
                        "huge.png", "100,000 x 100,000 pixels", "scale it down"),
                c("image: a PNG of huge dimensions, evaluated", 1,
                        in -> evalPoints(in, in.write("huge.png", BadInputs.pngClaiming(60_000, 30_000))),
                        "huge.png", "60,000 x 30,000 pixels", "scale it down"),
                c("image: a text file named .png", 1, in -> trainData(in, in.write("fake.png", "x,y\n1,2\n")),
                        "fake.png", "is not an image", "use a PNG or JPEG file"),
                c("image: a PNG cut short", 1, in -> trainData(in, in.write("cut.png",
                        Arrays.copyOf(BadInputs.png(0), 45))), "cut.png", "use a PNG or JPEG file"),
                c("image: a picture with no dark pixels", 1, in -> trainData(in, in.write("white.png", BadInputs.png(0xFFFFFF))),
                        "white.png", "has no dark pixels", "draw dark shapes"),
                c("image: a directory named .png", 1, in -> trainData(in, Files.createDirectory(in.dir().resolve("shapes.png"))),
                        "shapes.png", "is not a file", "choose a PNG or JPEG file"));
    }

    private static List<BadInputCase> npz() {
        return List.of(
                c("npz: a zip bomb (KB on disk, 257 MB unpacked)", 1, in -> importing(in, in.write("bomb.npz",
                        ZipBombs.archive("w.npy", UnpackBudget.ENTRY_BYTES + (1 << 20)))),
                        "bomb.npz", "w.npy unpacks to more than 256 MB", "a zip bomb is refused", "numpy.savez"),
                c("npz: more entries than any state dict", 1, in -> importing(in, in.write("many.npz",
                        BadInputs.manyArrays(UnpackBudget.ENTRIES + 1))), "many.npz", "more than 4096 entries", "numpy.savez"),
                c("npz: a zip cut short", 1, in -> importing(in, in.write("cut.npz", BadInputs.firstHalf(in.write("whole.npz",
                        Npz.toBytes(BadInputs.weights(in.checkpoint())))))), "cut.npz", "numpy.savez"),
                c("npz: a text file", 1, in -> importing(in, in.write("notes.npz", "weights: see the notebook\n")),
                        "notes.npz", "not a .npz", "numpy.savez"),
                c("npz: a weight missing", 1, in -> importing(in, withoutFirstWeight(in)), "partial.npz", "net.", "missing", "such as --model"),
                c("npz: a weight of another shape", 1, in -> concat(List.of("eval", "cnf", "--points", in.points().toString(),
                        "--import", weightsFile(in).toString(), "--width", "16", "--hidden", "4")),
                        "weights.npz does not fit a hyper model with these options", "--width"),
                c("npz: a missing file", 1, in -> importing(in, in.dir().resolve("absent.npz")), "absent.npz", "check the path"),
                c("npz: a directory", 1, in -> importing(in, Files.createDirectory(in.dir().resolve("state.npz"))),
                        "state.npz", "is a directory", "check the path"));
    }

    private static List<BadInputCase> npyHeaders() {
        return List.of(
                c("npy header: a negative dimension", 1, in -> importing(in, npzOf(in, BadInputs.npy("<f4", "(-1, 2)", 8))),
                        "w.npy", "(-1, 2)", "negative dimension", "numpy.savez"),
                c("npy header: a shape whose product overflows", 1,
                        in -> importing(in, npzOf(in, BadInputs.npy("<f4", "(4294967296, 4294967296)", 0))),
                        "w.npy", "[4294967296, 4294967296]", "more than this program can hold", "numpy.savez"),
                c("npy header: a shape that is not numbers", 1, in -> importing(in, npzOf(in, BadInputs.npy("<f4", "('a', 2)", 8))),
                        "w.npy", "('a', 2)", "not a tuple of whole numbers", "numpy.savez"),
                c("npy header: an element type this program does not read", 1,
                        in -> importing(in, npzOf(in, BadInputs.npy("<c16", "(2,)", 32))),
                        "w.npy", "'<c16'", "save float32 or float64 arrays"),
                c("npy header: fewer data bytes than the shape needs", 1,
                        in -> importing(in, npzOf(in, BadInputs.npy("<f4", "(3, 2)", 16))),
                        "w.npy", "holds 16 data bytes, 24 expected", "numpy.savez"),
                c("npy header: no magic bytes", 1, in -> importing(in, npzOf(in, "a plain text entry".getBytes(StandardCharsets.UTF_8))),
                        "w.npy", "the magic bytes are missing", "numpy.savez"),
                c("npy header: no shape", 1, in -> importing(in, npzOf(in, BadInputs.npy("{'descr': '<f4', 'fortran_order': False, }", 8))),
                        "w.npy", "has no shape", "numpy.savez"));
    }

    private static List<BadInputCase> checkpoints() {
        return List.of(
                c("checkpoint: a text file", 1, in -> resuming(in, in.write("notes.ckpt", "not a checkpoint\n")),
                        "notes.ckpt", "not a checkpoint", "checkpoint.ckpt"),
                c("checkpoint: cut short", 1, in -> resuming(in, in.write("cut.ckpt", BadInputs.firstHalf(in.checkpoint()))),
                        "cut.ckpt is damaged or cut short", "give a checkpoint.ckpt"),
                c("checkpoint: a train flow2d checkpoint given to train cnf", 1, in -> resuming(in, in.flow2dCheckpoint()),
                        "checkpoint.ckpt holds a flow", "written by train flow2d", "give a checkpoint.ckpt written by train cnf"),
                c("checkpoint: a train flow2d checkpoint given to eval cnf", 1, in -> evalCheckpoint(in, in.flow2dCheckpoint()),
                        "written by train flow2d", "give a checkpoint.ckpt written by train cnf"),
                c("checkpoint: a train mnist checkpoint given to eval cnf", 1, in -> evalCheckpoint(in, mnistCheckpoint(in)),
                        "mnist.ckpt holds an MNIST classifier, written by train mnist", "give a checkpoint.ckpt written by train cnf"),
                c("checkpoint: a train cnf checkpoint given to train flow2d", 1, in -> concat(List.of("train", "flow2d", "--resume",
                        in.checkpoint().toString(), "--out", in.run().toString())), "holds a density flow, written by train cnf",
                        "give a checkpoint.ckpt written by train flow2d"),
                c("checkpoint: a train cnf checkpoint given to eval mnist", 1, in -> concat(List.of("eval", "mnist", "--checkpoint",
                        in.checkpoint().toString(), "--test-images", "1")), "holds a density flow, written by train cnf",
                        "give a checkpoint.ckpt written by train mnist"),
                c("checkpoint: a directory", 1, in -> resuming(in, in.run()), "is a directory, not a checkpoint", "such as",
                        "run/checkpoint.ckpt"),
                c("checkpoint: a missing file", 1, in -> evalCheckpoint(in, in.dir().resolve("absent.ckpt")),
                        "there is no checkpoint", "absent.ckpt", "check the path"),
                c("checkpoint: a zip bomb", 1, in -> resuming(in, in.write("bomb.ckpt",
                        ZipBombs.archive("weights.npz", UnpackBudget.ENTRY_BYTES + (1 << 20)))),
                        "bomb.ckpt", "weights.npz unpacks to more than 256 MB", "a zip bomb is refused", "give a checkpoint.ckpt"),
                c("checkpoint: an impossible iteration count", 1, in -> resuming(in, edited(in, "progress.properties",
                        "iteration=-3\noptimizerStep=2\n".getBytes(StandardCharsets.ISO_8859_1))),
                        "edited.ckpt", "impossible count (iteration -3", "give a checkpoint.ckpt"),
                c("checkpoint: an unreadable config inside", 1, in -> resuming(in, edited(in, "config.json",
                        "{\"width\": ".getBytes(StandardCharsets.UTF_8))), "edited.ckpt", "not well-formed JSON", "mend it"));
    }

    private static List<BadInputCase> configs() {
        return List.of(
                c("config: null", 1, in -> configured(in, in.write("null.json", "null")), "null.json", "a JSON object"),
                c("config: a missing file", 1, in -> configured(in, in.dir().resolve("absent.json")), "absent.json", "check the path"),
                c("config: a directory", 1, in -> configured(in, Files.createDirectory(in.dir().resolve("configs"))),
                        "configs is a directory", "such as", "config.json"),
                c("config: 64.7 for a whole number", 1, in -> configured(in, editedConfig(in, "\"width\" : 8", "\"width\" : 64.7")),
                        "edited.json", "'width' must be a whole number, was 64.7"),
                c("config: an unknown property", 1, in -> configured(in, editedConfig(in, "\"width\" : 8", "\"colour\" : 1, \"width\" : 8")),
                        "edited.json", "unknown property 'colour'", "check its spelling"),
                c("config: text for a number", 1, in -> configured(in, editedConfig(in, "\"width\" : 8", "\"width\" : \"eight\"")),
                        "edited.json", "'width' must be a whole number, was \"eight\""),
                c("config: a value out of range", 1, in -> configured(in, editedConfig(in, "\"width\" : 8", "\"width\" : -8")),
                        "edited.json", "width must be between 1 and 4096, was -8"),
                c("config: JSON cut short", 1, in -> configured(in, in.write("cut.json", "{\"dataset\" : \"moons\",")),
                        "cut.json: not a valid experiment config", "not well-formed JSON at line 1", "mend it"),
                c("config: a property missing", 1, in -> configured(in, editedConfig(in, "\"width\" : 8,", "")),
                        "edited.json", "'width' is missing"),
                c("config and code both given", 1, in -> replacing(in, "--config", in.run().resolve("config.json").toString(), "--code",
                        "cnf1:seed=1"), "give either --config or --code"),
                c("experiment code: not a code", 1, in -> replacing(in, "--code", "hello"), "'hello'", "copy the whole code"),
                c("experiment code: a word for a number", 1, in -> replacing(in, "--code", "cnf1:rtol=fast"),
                        "the field 'rtol' in the experiment code must be a number"));
    }

    private static List<BadInputCase> options() {
        return List.of(
                c("--grid 100000", 1, in -> replacing(in, "--grid", "100000"), "--grid must be between 4 and 1000", "such as 100",
                        "100000"),
                c("--grid 2", 1, in -> replacing(in, "--grid", "2"), "--grid must be between 4 and 1000", "was 2"),
                c("--rtol 1e-20 in float32", 1, in -> replacing(in, "--rtol", "1e-20"), "--rtol must be at least 1.0E-7 in float32",
                        "1.0E-20"),
                c("--lr 1e6", 1, in -> replacing(in, "--lr", "1e6"), "--lr must be in (0, 10), such as 1e-3, was 1000000.0"),
                c("--iters -5", 1, in -> replacing(in, "--iters", "-5"), "--iters", "at least 1", "-5"),
                c("--iters 1.5", 2, in -> replacing(in, "--iters", "1.5"), "--iters", "'1.5'"),
                c("--checkpoint-every 0", 1, in -> replacing(in, "--checkpoint-every", "0"), "--checkpoint-every", "at least 1"),
                c("--dataset of no such name", 1, in -> replacing(in, "--dataset", "mooons"), "--dataset", "mooons", "moons"),
                c("--dtype float16", 1, in -> replacing(in, "--dtype", "float16"), "--dtype must be float32 or float64, was float16"),
                c("--method of no such name", 1, in -> replacing(in, "--method", "rk99"), "--method", "rk99", "dopri5"),
                c("--batch 0", 1, in -> replacing(in, "--batch", "0"), "--batch must be between 1 and 100000, was 0"),
                c("--noise 9", 1, in -> replacing(in, "--noise", "9"), "--noise must be between 0 and 5", "was 9.0"),
                c("--eval-batch 0", 1, in -> concat(List.of("eval", "cnf", "--points", in.points().toString(), "--checkpoint",
                        in.checkpoint().toString(), "--eval-batch", "0")), "--eval-batch must be between 1 and", "such as 100000"),
                c("eval cnf without a model", 2, in -> concat(List.of("eval", "cnf", "--points", in.points().toString())),
                        "--checkpoint", "--import"),
                c("--test-fraction 1.5", 1, in -> concat(List.of("train", "flow2d", "--test-fraction", "1.5", "--out",
                        in.dir().resolve("f").toString())), "--test-fraction must be in (0, 1), such as 0.2, was 1.5"),
                c("--iterations below a resumed run's own", 1, in -> concat(List.of("train", "flow2d", "--resume",
                        in.flow2dCheckpoint().toString(), "--iterations", "1", "--out", in.dir().resolve("f").toString())),
                        "--iterations is the new total and must exceed the 2"),
                c("reproduce spirals --n 1", 1, in -> concat(List.of("reproduce", "spirals", "--n", "1", "--out", in.dir().toString())),
                        "--n must lie in [2, "),
                c("reproduce spirals --spirals 5", 1, in -> concat(List.of("reproduce", "spirals", "--spirals", "5", "--out",
                        in.dir().toString())), "--spirals must be at least 10"),
                c("reproduce mnist --models lenet", 1, in -> concat(List.of("reproduce", "mnist", "--models", "odenet,lenet", "--out",
                        in.dir().resolve("t1").toString())), "--models: unknown model 'lenet'"),
                c("train mnist --data of an empty directory", 1, in -> concat(List.of("train", "mnist", "--data",
                        Files.createDirectory(in.dir().resolve("digits")).toString(), "--out", in.dir().resolve("m").toString())),
                        "not found in", "pass --data DIR"),
                c("--threads 0", 1, in -> concat(List.of("info", "--threads", "0")), "must be between 1 and 256, was 0"));
    }

    private static List<BadInputCase> runDirectories() {
        return List.of(
                c("--out a file", 1, in -> concat(List.of("train", "cnf", "--out", in.write("notes.txt", "mine").toString()), TINY),
                        "--out", "notes.txt is a file, not a directory", "choose a directory"),
                c("--out a run without --resume or --overwrite", 1, in -> concat(List.of("train", "cnf", "--out", in.run().toString()),
                        TINY), "already holds a run", "--resume", "--overwrite"),
                c("--out in use by another run", 1, in -> {
                    in.hold(RunDirectory.claim(in.run(), true, false, RunFiles.FILES));
                    return replacing(in);
                }, "is in use by another run (process " + ProcessHandle.current().pid(), "choose another --out"),
                c("--out a directory that may not be written", 1, in -> {
                    Path locked = Files.createDirectory(in.dir().resolve("locked"));
                    locked.toFile().setWritable(false, false);
                    assumeFalse(Files.isWritable(locked), "root may write anywhere");
                    return concat(List.of("train", "cnf", "--out", locked.resolve("run").toString()), TINY);
                }, "permission denied", "locked"));
    }

    private static List<BadInputCase> numericalFaults() {
        return List.of(
                c("imported weights holding NaN", 1, in -> {
                    Map<String, Tensor> w = BadInputs.weights(in.checkpoint());
                    String first = w.keySet().iterator().next();
                    w.put(first, BadInputs.nanLike(w.get(first)));
                    Path file = in.dir().resolve("diverged.npz");
                    Npz.write(file, w);
                    return importing(in, file);
                }, "the imported weights are not finite", "NaN", "export the weights of a model that trained well"),
                c("a checkpoint whose weights hold NaN", 1, in -> {
                    Map<String, Tensor> w = BadInputs.weights(in.checkpoint());
                    w.replaceAll((k, v) -> BadInputs.nanLike(v));
                    return resuming(in, edited(in, "weights.npz", Npz.toBytes(w)));
                }, "edited.ckpt: its weights are not finite", "resume from an earlier checkpoint"),
                c("data far from the origin (1e9) trains, with a warning", 0, in -> concat(List.of("train", "cnf", "--data",
                        in.write("far.csv", "x,y\n1e9,1e9\n-1e9,1e9\n1e9,-1e9\n0.9e9,0.8e9\n").toString(),
                        "--out", in.dir().resolve("far-run").toString()), TINY), "far.csv reach 1.00e+09 from the origin", "rescale the points"));
    }

    /** {@code train cnf} on the case's data file, replacing the run copy, so that the data are read. */
    private static String[] trainData(BadInputCase.Inputs in, Path data) {
        return replacing(in, "--data", data.toString());
    }

    /** {@code train cnf} with the options, over the case's run copy with {@code --overwrite}. */
    private static String[] replacing(BadInputCase.Inputs in, String... options) {
        return concat(List.of("train", "cnf"), List.of(options), TINY, List.of("--out", in.run().toString(), "--overwrite"));
    }

    private static String[] configured(BadInputCase.Inputs in, Path config) {
        return replacing(in, "--config", config.toString());
    }

    private static String[] resuming(BadInputCase.Inputs in, Path checkpoint) {
        return concat(List.of("train", "cnf", "--resume", checkpoint.toString(), "--iters", "1", "--grid", "4", "--out",
                in.run().toString()));
    }

    private static String[] evalPoints(BadInputCase.Inputs in, Path points) {
        return concat(List.of("eval", "cnf", "--points", points.toString(), "--checkpoint", in.checkpoint().toString()));
    }

    private static String[] evalCheckpoint(BadInputCase.Inputs in, Path checkpoint) throws Exception {
        return concat(List.of("eval", "cnf", "--points", in.points().toString(), "--checkpoint", checkpoint.toString()));
    }

    /** {@code eval cnf --import} with the reference run's model options, so that only the file can be wrong. */
    private static String[] importing(BadInputCase.Inputs in, Path npz) throws Exception {
        return concat(List.of("eval", "cnf", "--points", in.points().toString(), "--import", npz.toString(), "--width", "8",
                "--hidden", "4"));
    }

    /** An archive whose one array {@code w.npy} is the given bytes. */
    private static Path npzOf(BadInputCase.Inputs in, byte[] npy) throws Exception {
        return in.write("state.npz", BadInputs.zip(Map.of("w.npy", npy)));
    }

    private static Path weightsFile(BadInputCase.Inputs in) throws Exception {
        return in.write("weights.npz", Npz.toBytes(BadInputs.weights(in.checkpoint())));
    }

    private static Path withoutFirstWeight(BadInputCase.Inputs in) throws Exception {
        Map<String, Tensor> w = BadInputs.weights(in.checkpoint());
        w.remove(w.keySet().iterator().next());
        return in.write("partial.npz", Npz.toBytes(w));
    }

    /** The checkpoint of an untrained MNIST classifier (the stem alone), as {@code train mnist} writes it. */
    private static Path mnistCheckpoint(BadInputCase.Inputs in) throws Exception {
        Path file = in.dir().resolve("mnist.ckpt");
        new MnistSession(MnistExperiment.recipe(Architecture.STEM), Mnist.load(Mnist.DEFAULT_DIRECTORY).train()).save(file);
        return file;
    }

    /** The run's checkpoint with one entry replaced, as {@code edited.ckpt}. */
    private static Path edited(BadInputCase.Inputs in, String entry, byte[] bytes) throws Exception {
        Path edited = in.dir().resolve("edited.ckpt");
        CheckpointEdits.replaceEntry(in.checkpoint(), edited, entry, bytes);
        return edited;
    }

    /** The run's config.json with one piece of text replaced, as {@code edited.json}. */
    private static Path editedConfig(BadInputCase.Inputs in, String from, String to) throws Exception {
        String config = Files.readString(in.run().resolve("config.json"));
        if (!config.contains(from)) {
            throw new IllegalStateException("the reference config has no " + from + ": " + config);
        }
        return in.write("edited.json", config.replace(from, to));
    }

    /**
     * The parts joined into one command line; a later part's option replaces the same option of
     * {@link #TINY}, which picocli would refuse to see twice.
     */
    @SafeVarargs
    private static String[] concat(List<String>... parts) {
        List<String> args = new ArrayList<>();
        for (List<String> part : parts) {
            if (part != TINY) {
                args.addAll(part);
                continue;
            }
            for (int i = 0; i < part.size(); i += 2) {
                if (!args.contains(part.get(i))) {
                    args.addAll(part.subList(i, i + 2));
                }
            }
        }
        return args.toArray(String[]::new);
    }
}

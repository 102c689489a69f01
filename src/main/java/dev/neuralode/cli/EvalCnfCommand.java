package dev.neuralode.cli;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.nn.Npz;
import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.Checkpoint;
import dev.neuralode.train.FlowSnapshot;
import dev.neuralode.train.StateDictImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval cnf}: prints {@code x,y,logp} for every point, then a {@code # NFE} line, for a model
 * from a checkpoint or imported from a PyTorch state dict. For torchdiffeq's {@code cnf.py}:
 * {@code --import W.npz --model hyper --width 64 --hidden 32 --t1 10 --base-variance 0.1 --dtype float64
 * --rtol 1e-8 --atol 1e-8} (the density is evaluated by integrating from t = 10 down to t = 0). For
 * FFJORD's toy CNF: {@code --import W.npz --model mlp --hidden-dims 64,64,64 --base-variance 1}
 * (the end time comes from the file's {@code sqrt_end_time}).
 */
@Command(name = "cnf", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print x,y,logp for each point and the NFE, from a checkpoint or an imported PyTorch state dict.")
final class EvalCnfCommand implements Callable<Integer> {

    /** Where the model comes from: exactly one of the two. */
    static final class Source {
        @Option(names = "--checkpoint", required = true, description = "a checkpoint.ckpt written by train cnf")
        Path checkpoint;

        @Option(names = "--import", required = true, description = "a PyTorch state dict saved with numpy.savez (.npz)")
        Path imported;
    }

    @CommandLine.Mixin
    private EngineOptions engine;

    @Option(names = "--points", required = true, description = "a CSV of x,y points")
    private Path points;

    @Option(names = "--eval-batch", defaultValue = "100000", paramLabel = "N",
            description = "points evaluated in one solve; fewer use less memory (default: ${DEFAULT-VALUE})")
    private int evalBatch;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source;

    @CommandLine.Mixin
    private CnfOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (evalBatch < 1 || evalBatch > 10_000_000) {
            throw new IllegalArgumentException("--eval-batch must be between 1 and 10000000, such as 100000, was " + evalBatch);
        }
        engine.startEngine();
        PrintWriter out = spec.commandLine().getOut();
        // Read in double precision: a float64 model then sees the points as written, a float32 one rounds them itself.
        double[] xy = PointsFiles.readAll(points, spec.commandLine().getErr());
        FlowSnapshot model = source.checkpoint != null ? fromCheckpoint() : imported();
        int count = xy.length / 2;
        out.println("x,y,logp");
        int largestNfe = 0;
        int solves = 0;
        // Every point, in input order, a batch per solve: memory stays bounded however long the file.
        for (int from = 0; from < count; from += evalBatch) {
            int to = Math.min(count, from + evalBatch);
            int[] nfe = new int[1];
            double[] logp = model.logDensity(java.util.Arrays.copyOfRange(xy, 2 * from, 2 * to), model.config().rtol(), nfe);
            for (int i = from; i < to; i++) {
                out.println(String.format(Locale.ROOT, "%s,%s,%.10g", xy[2 * i], xy[2 * i + 1], logp[i - from]));
            }
            largestNfe = Math.max(largestNfe, nfe[0]);
            solves++;
        }
        out.println("# NFE " + largestNfe + (solves > 1 ? String.format(Locale.ROOT, " (the largest of %d solves of up to %,d points)",
                solves, evalBatch) : ""));
        return 0;
    }

    private FlowSnapshot fromCheckpoint() throws Exception {
        Checkpoint c = Checkpoint.read(source.checkpoint);
        CnfExperiment config = c.config().withTolerances(or(options.rtol, c.config().rtol()), or(options.atol, c.config().atol()));
        return FlowSnapshot.of(config, c.weights(), c.iteration());
    }

    private FlowSnapshot imported() throws Exception {
        Map<String, Tensor> state = StateDictImport.forCnf(Npz.read(source.imported));
        CnfExperiment base = CnfExperiment.defaults();
        Tensor sqrtEnd = state.get("sqrt_end_time");
        if (sqrtEnd != null) {
            double root = sqrtEnd.toDoubleArray()[0];
            double t = root * root;
            base = base.withModel(base.model(), base.width(), base.hidden(), base.hiddenDims(), base.activation(), t, true,
                    base.planarLayers(), base.baseVariance(), base.seed(), base.dtype());
        }
        CnfExperiment config = options.apply(base);
        try {
            return FlowSnapshot.of(config, state, 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source.imported.getFileName() + " does not fit a " + config.model()
                    + " model with these options: " + e.getMessage() + "; give the options the model was trained with, such as"
                    + " --model, --width and --hidden (hyper) or --hidden-dims (mlp)", e);
        }
    }

    private static double or(Double v, double fallback) {
        return v != null ? v : fallback;
    }
}

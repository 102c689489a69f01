package dev.neuralode.model.flow2d;

import dev.neuralode.autodiff.GradMode;
import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.model.odenet.BlockSolver;
import dev.neuralode.model.odenet.OdeBlock;
import dev.neuralode.nn.Layer;
import dev.neuralode.nn.Linear;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.ModuleList;
import dev.neuralode.sensitivity.GradientSolution;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A two-class classifier of points of the plane: a map {@code phi} of the (possibly lifted) plane
 * followed by a linear classifier, {@code logit(x) = w . phi(x) + b}, {@code P(class 1) = sigmoid(logit)},
 * trained on the logistic loss {@code log(1 + e^z) - y z}. The map is one of the {@link PlaneModel}s:
 * <ul>
 *   <li>node: {@code phi(x) = h(1)} for {@code dh/dt = f(h)}, {@code h(0) = x} in R^2, f a
 *       {@link PlaneField}, integrated by an {@link OdeBlock} (any method, tolerance and sensitivity);</li>
 *   <li>anode: the same in {@code R^(2+p)} from {@code h(0) = (x, 0, ..., 0)} (Dupont, Doucet and Teh
 *       2019, "Augmented Neural ODEs", equation 4);</li>
 *   <li>resnet: {@code phi = g_4 o g_3 o g_2 o g_1}, {@code g_k(h) = h + f_k(h)} in R^2.</li>
 * </ul>
 * Parameter names: {@code block.odefunc.net.*} (ODE models) or {@code blocks.k.f.net.*} (ResNet),
 * then {@code classifier.weight} and {@code classifier.bias}.
 */
public final class PlaneClassifier extends Module {

    /** Residual blocks of the ResNet. */
    public static final int RESNET_BLOCKS = 4;

    /** Function evaluations of the last forward pass and of its backward pass (0 before backpropagation and for backpropagation through the solver). */
    public record Nfe(int forward, int backward) {
    }

    private final PlaneModel kind;
    private final int dim;
    private final DType dtype;
    private final OdeBlock block;
    private final ModuleList<ResidualBlock> blocks;
    private final Linear classifier;

    /**
     * @param augment extra dimensions p of the augmented model, at least 1 for it; ignored by the others
     * @param width   hidden units of each MLP
     * @param solver  how the ODE models integrate; ignored by the ResNet
     */
    public PlaneClassifier(PlaneModel kind, int augment, int width, BlockSolver solver, DType dtype, RandomGenerator rng) {
        if (kind == PlaneModel.ANODE && (augment < 1 || augment > 64)) {
            throw new IllegalArgumentException("the augmented model needs 1 to 64 extra dimensions, such as 2, was " + augment);
        }
        if (width < 1 || width > 4096) {
            throw new IllegalArgumentException("the MLP width must lie in [1, 4096], such as 32, was " + width);
        }
        this.kind = kind;
        this.dim = kind == PlaneModel.ANODE ? 2 + augment : 2;
        this.dtype = dtype;
        if (kind.hasOde()) {
            block = registerModule("block", new OdeBlock(new PlaneField(dim, width, dtype, rng), solver));
            blocks = null;
        } else {
            block = null;
            blocks = registerModule("blocks", new ModuleList<>());
            for (int k = 0; k < RESNET_BLOCKS; k++) {
                blocks.add(new ResidualBlock(dim, width, dtype, rng));
            }
        }
        classifier = registerModule("classifier", new Linear(dim, 1, true, dtype, rng));
    }

    public PlaneModel kind() {
        return kind;
    }

    /** The dimension the map acts on: 2, or 2 + p for the augmented model. */
    public int dim() {
        return dim;
    }

    public DType dtype() {
        return dtype;
    }

    /** Row-major {@code (n, 2)} coordinates as a tensor of this model's dtype. */
    public Tensor points(double[] xy) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("points need x, y pairs, got " + xy.length + " numbers");
        }
        return Tensor.fromValues(xy, dtype, xy.length / 2, 2);
    }

    /** The logits {@code (N)} of points {@code (N, 2)}: positive means class 1. */
    public Tensor logits(Tensor points) {
        Tensor features = map(lift(points));
        return classifier.forward(features).reshape(points.size(0));
    }

    /** The mean logistic loss of the points against their classes (0 or 1). */
    public Tensor loss(Tensor points, int[] labels) {
        return logisticLoss(logits(points), labels);
    }

    /** The predicted class of each point, without recording gradients. */
    public int[] predictions(Tensor points) {
        try (GradMode off = GradMode.disabled()) {
            return classesOf(logits(points));
        }
    }

    /**
     * The mean of {@code log(1 + e^z) - y z} over a batch: the cross-entropy of {@code sigmoid(z)}
     * against labels y in {0, 1}, written with softplus so that large |z| neither overflows nor loses
     * the gradient.
     */
    public static Tensor logisticLoss(Tensor logits, int[] labels) {
        if (logits.rank() != 1 || logits.size(0) != labels.length) {
            throw new IllegalArgumentException(labels.length + " labels for logits of shape " + Arrays.toString(logits.shape()));
        }
        double[] y = new double[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i];
        }
        return logits.softplus().sub(logits.mul(Tensor.fromValues(y, logits.dtype(), y.length))).mean();
    }

    /** The classes logits stand for: 1 where the logit is positive, else 0. */
    public static int[] classesOf(Tensor logits) {
        double[] z = logits.toDoubleArray();
        int[] out = new int[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = z[i] > 0 ? 1 : 0;
        }
        return out;
    }

    /** The fraction of predictions equal to the labels. */
    public static double accuracy(int[] predicted, int[] labels) {
        if (predicted.length != labels.length || labels.length == 0) {
            throw new IllegalArgumentException("accuracy needs as many predictions as labels, at least one; were "
                    + predicted.length + " and " + labels.length);
        }
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += predicted[i] == labels[i] ? 1 : 0;
        }
        return right / (double) labels.length;
    }

    /**
     * The states of the points at the given times in [0, 1], strictly increasing, without recording
     * gradients: for the ODE models the solution {@code h(s)} (one solve, every dimension); for the
     * ResNet the output of block k at {@code s = k/4}, linearly interpolated between blocks, so that a
     * view can play it as smoothly as a flow (and show its paths crossing, which a flow's cannot).
     */
    public FlowTrajectory trajectory(Tensor points, double[] times) {
        requireTimes(times);
        int n = (int) points.size(0);
        double[][] states = new double[times.length][];
        try (GradMode off = GradMode.disabled()) {
            Tensor h0 = lift(points);
            if (block != null) {
                boolean fromZero = times[0] == 0;
                double[] grid = fromZero ? times : prepend(0, times);
                GradientSolution s = block.solve(h0, grid);
                for (int k = 0; k < times.length; k++) {
                    states[k] = s.tensor(fromZero ? k : k + 1).toDoubleArray();
                }
            } else {
                double[][] outputs = new double[RESNET_BLOCKS + 1][];
                Tensor h = h0;
                outputs[0] = h.toDoubleArray();
                for (int k = 0; k < RESNET_BLOCKS; k++) {
                    h = blocks.get(k).forward(h);
                    outputs[k + 1] = h.toDoubleArray();
                }
                for (int k = 0; k < times.length; k++) {
                    states[k] = interpolate(outputs, times[k] * RESNET_BLOCKS);
                }
            }
        }
        return new FlowTrajectory(times.clone(), n, dim, states);
    }

    /** The linear classifier on the map's output: {@code [w_1, ..., w_dim, b]}, the hyperplane {@code w . h + b = 0}. */
    public double[] hyperplane() {
        double[] w = classifier.weight().value().toDoubleArray();
        double[] out = Arrays.copyOf(w, dim + 1);
        out[dim] = classifier.bias().value().item();
        return out;
    }

    /**
     * Evaluations of the last {@link #logits} pass: the ODE solve's forward NFE and, once a loss has
     * been backpropagated, the adjoint's backward NFE; for the ResNet its {@value #RESNET_BLOCKS} blocks
     * forward and 0 backward, the convention of backpropagation through a solver.
     */
    public Nfe lastNfe() {
        if (block == null) {
            return new Nfe(RESNET_BLOCKS, 0);
        }
        GradientSolution s = block.lastSolve();
        return s == null ? new Nfe(0, 0) : new Nfe(s.forwardStats().nfe(), s.backwardStats().nfe());
    }

    /** How the ODE models integrate; null for the ResNet. */
    public BlockSolver solver() {
        return block == null ? null : block.solver();
    }

    /** Changes how the ODE models integrate from the next pass on; ignored by the ResNet, which has no solver. */
    public void setSolver(BlockSolver solver) {
        if (block != null) {
            block.setSolver(solver);
        }
    }

    private Tensor lift(Tensor points) {
        if (points.rank() != 2 || points.size(1) != 2) {
            throw new IllegalArgumentException("the classifier reads points of shape (N, 2), was " + Arrays.toString(points.shape()));
        }
        return dim == 2 ? points : Tensor.concat(1, points, Tensor.zeros(points.dtype(), points.size(0), dim - 2));
    }

    private Tensor map(Tensor h0) {
        if (block != null) {
            return block.forward(h0);
        }
        Tensor h = h0;
        for (Layer b : blocks.modules()) {
            h = b.forward(h);
        }
        return h;
    }

    private static void requireTimes(double[] times) {
        if (times.length == 0) {
            throw new IllegalArgumentException("a trajectory needs at least one time in [0, 1]");
        }
        for (int k = 0; k < times.length; k++) {
            if (!(times[k] >= 0 && times[k] <= 1) || (k > 0 && !(times[k] > times[k - 1]))) {
                throw new IllegalArgumentException("trajectory times must lie in [0, 1] and increase strictly; t[" + k + "] was "
                        + times[k] + (k > 0 ? " after " + times[k - 1] : ""));
            }
        }
    }

    private static double[] prepend(double first, double[] rest) {
        double[] out = new double[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    /** The states at fractional block index {@code u} in [0, blocks]: between outputs floor(u) and floor(u) + 1. */
    private static double[] interpolate(double[][] outputs, double u) {
        int k = Math.min((int) Math.floor(u), outputs.length - 2);
        double a = u - k;
        double[] out = new double[outputs[k].length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (1 - a) * outputs[k][i] + a * outputs[k + 1][i];
        }
        return out;
    }
}

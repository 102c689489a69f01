package dev.neuralode.model.odenet;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Conv2d;
import dev.neuralode.nn.GroupNorm;
import dev.neuralode.nn.Identity;
import dev.neuralode.nn.Layer;
import dev.neuralode.nn.Linear;
import dev.neuralode.nn.Module;
import dev.neuralode.nn.ReLU;
import dev.neuralode.ode.TimeGrid;
import dev.neuralode.sensitivity.GradientSolution;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * An MNIST classifier of the paper's Table 1, laid out as torchdiffeq's {@code odenet_mnist.py}
 * (so a PyTorch {@code state_dict} has the same keys, {@code 0.weight} to {@code 12.bias}):
 * <pre>
 * stem    conv 3x3 1->64 (28 -> 26), GroupNorm, ReLU, conv 4x4 stride 2 (-> 13), GroupNorm, ReLU, conv 4x4 stride 2 (-> 6)
 * middle  one ODE block | six residual blocks | nothing
 * head    GroupNorm, ReLU, global average pool, Linear(64, 10)
 * </pre>
 * GroupNorm has {@code min(32, C)} groups. Parameters: ODE-Net and RK-Net 208,266, ResNet 576,778,
 * stem only 132,874. The input is an {@code (N, 1, 28, 28)} batch of pixels in [0, 1]; the output the
 * logits {@code (N, 10)}.
 */
public final class MnistClassifier extends Module {

    /** Feature channels after the stem. */
    public static final int CHANNELS = 64;
    /** Layers before the middle: three convolutions with two GroupNorm-ReLU pairs between them. */
    private static final int STEM_LAYERS = 7;
    /** Layers after the middle: GroupNorm, ReLU, pool, flatten, linear. */
    private static final int HEAD_LAYERS = 5;

    private final Architecture architecture;
    private final List<Layer> layers = new ArrayList<>();
    private final OdeBlock odeBlock;

    public MnistClassifier(Architecture architecture, BlockSolver solver, DType dtype, RandomGenerator rng) {
        this.architecture = architecture;
        add(new Conv2d(1, CHANNELS, 3, 1, 0, true, dtype, rng));
        add(norm(CHANNELS, dtype));
        add(new ReLU());
        add(new Conv2d(CHANNELS, CHANNELS, 4, 2, 1, true, dtype, rng));
        add(norm(CHANNELS, dtype));
        add(new ReLU());
        add(new Conv2d(CHANNELS, CHANNELS, 4, 2, 1, true, dtype, rng));
        OdeBlock block = null;
        if (architecture.hasOde()) {
            block = add(new OdeBlock(new OdeFunc(CHANNELS, dtype, rng), solver));
        } else if (architecture == Architecture.RESNET) {
            for (int i = 0; i < 6; i++) {
                add(new ResBlock(CHANNELS, dtype, rng));
            }
        }
        this.odeBlock = block;
        add(norm(CHANNELS, dtype));
        add(new ReLU());
        add(new GlobalAveragePool());
        add(new Identity());
        add(new Linear(CHANNELS, 10, true, dtype, rng));
    }

    private <L extends Layer> L add(L layer) {
        layers.add(registerModule(Integer.toString(layers.size()), layer));
        return layer;
    }

    /** torchdiffeq's {@code norm(dim)}: GroupNorm with {@code min(32, dim)} groups. */
    static GroupNorm norm(int channels, DType dtype) {
        return new GroupNorm(Math.min(32, channels), channels, 1e-5, true, dtype);
    }

    public Architecture architecture() {
        return architecture;
    }

    /** The logits {@code (N, 10)} of an {@code (N, 1, 28, 28)} batch. */
    public Tensor forward(Tensor images) {
        checkImages(images);
        Tensor h = images;
        for (Layer layer : layers) {
            h = layer.forward(h);
        }
        return h;
    }

    /**
     * The path of the images' features through the middle of the network: the head's pooled features
     * {@code (N, 64)} (GroupNorm, ReLU, average pool) of the hidden state at each depth. For the ODE
     * block that is {@code h(t)} at {@code points} evenly spaced times of [0, 1], in one solve; for the
     * ResNet the state before and after each residual block; for the stem alone its output. The last
     * element fed to {@link #classify} gives the logits.
     */
    public FeaturePath featurePath(Tensor images, int points) {
        checkImages(images);
        Tensor h = images;
        for (Layer layer : layers.subList(0, STEM_LAYERS)) {
            h = layer.forward(h);
        }
        List<Tensor> hidden = new ArrayList<>();
        int nfe = 0;
        if (odeBlock != null) {
            GradientSolution path = odeBlock.solve(h, TimeGrid.linspace(0, 1, Math.max(2, points)).times());
            nfe = path.forwardStats().nfe();
            for (int i = 0; i < path.size(); i++) {
                hidden.add(path.tensor(i));
            }
        } else {
            hidden.add(h);
            for (Layer block : layers.subList(STEM_LAYERS, layers.size() - HEAD_LAYERS)) {
                h = block.forward(h);
                hidden.add(h);
            }
        }
        List<Layer> pooling = layers.subList(layers.size() - HEAD_LAYERS, layers.size() - 1);
        return new FeaturePath(hidden.stream().map(x -> {
            Tensor y = x;
            for (Layer layer : pooling) {
                y = layer.forward(y);
            }
            return y;
        }).toList(), nfe);
    }

    /** The pooled features at each depth of {@link #featurePath}, and the forward NFE of its solve (0 without an ODE block). */
    public record FeaturePath(List<Tensor> features, int nfe) {
    }

    /** The logits {@code (N, 10)} of pooled features {@code (N, 64)}: the final linear layer. */
    public Tensor classify(Tensor features) {
        return layers.get(layers.size() - 1).forward(features);
    }

    private static void checkImages(Tensor images) {
        if (images.rank() != 4 || images.size(1) != 1 || images.size(2) != 28 || images.size(3) != 28) {
            throw new IllegalArgumentException("the classifier reads (N, 1, 28, 28) images, shape was "
                    + java.util.Arrays.toString(images.shape()));
        }
    }

    /** The ODE block's solver; null for the models without one. */
    public BlockSolver solver() {
        return odeBlock == null ? null : odeBlock.solver();
    }

    /** Changes how the ODE block is integrated from the next forward pass on (a tolerance sweep at test time). */
    public void setSolver(BlockSolver solver) {
        if (odeBlock == null) {
            throw new IllegalStateException("the " + architecture.title() + " has no ODE block to set a solver for");
        }
        odeBlock.setSolver(solver);
    }

    /** The ODE block's last solve (its NFE), or null for the models without one or before a forward pass. */
    public GradientSolution lastSolve() {
        return odeBlock == null ? null : odeBlock.lastSolve();
    }

    /**
     * The mean cross-entropy {@code -log softmax(logits)[label]} over a batch, computed as
     * {@code logsumexp(logits) - logits[label]}.
     */
    public static Tensor crossEntropy(Tensor logits, int[] labels) {
        long n = logits.size(0);
        long classes = logits.size(1);
        if (labels.length != n) {
            throw new IllegalArgumentException(labels.length + " labels for " + n + " logits");
        }
        double[] oneHot = new double[(int) (n * classes)];
        for (int i = 0; i < labels.length; i++) {
            oneHot[(int) (i * classes + labels[i])] = 1.0;
        }
        Tensor picked = logits.mul(Tensor.fromValues(oneHot, logits.dtype(), n, classes)).sum(false, 1);
        return logits.logSumExp(1, false).sub(picked).mean();
    }

    /** The predicted class of each row of {@code logits}. */
    public static int[] predictions(Tensor logits) {
        int n = (int) logits.size(0);
        int classes = (int) logits.size(1);
        double[] v = logits.toDoubleArray();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (v[i * classes + c] > v[i * classes + best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }
}

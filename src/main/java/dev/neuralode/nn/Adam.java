package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam (Kingma and Ba, ICLR 2015) with PyTorch's bias correction ({@code torch.optim.Adam}), at
 * step {@code t}:
 * <pre>
 * g = grad + weightDecay p                       (L2, coupled)
 * m = beta1 m + (1 - beta1) g
 * v = beta2 v + (1 - beta2) g^2
 * p = p - lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
 * </pre>
 * {@link AdamW} decouples the weight decay instead.
 */
public class Adam extends Optimizer {

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean decoupled;

    /** PyTorch's defaults: betas (0.9, 0.999), eps 1e-8, no weight decay. */
    public Adam(Map<String, Parameter> parameters, double learningRate) {
        this(parameters, learningRate, 0.9, 0.999, 1e-8, 0);
    }

    public Adam(Map<String, Parameter> parameters, double learningRate, double beta1, double beta2, double eps, double weightDecay) {
        this(parameters, learningRate, beta1, beta2, eps, weightDecay, false);
    }

    Adam(Map<String, Parameter> parameters, double learningRate, double beta1, double beta2, double eps, double weightDecay,
         boolean decoupled) {
        super(parameters, learningRate);
        require(beta1 >= 0 && beta1 < 1, "beta1", beta1, "in [0, 1)");
        require(beta2 >= 0 && beta2 < 1, "beta2", beta2, "in [0, 1)");
        require(eps >= 0 && eps < Double.POSITIVE_INFINITY, "eps", eps, "finite and >= 0");
        require(weightDecay >= 0 && weightDecay < Double.POSITIVE_INFINITY, "weight decay", weightDecay, "finite and >= 0");
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.decoupled = decoupled;
    }

    @Override
    protected final INDArray update(String name, INDArray p, INDArray grad) {
        double lr = learningRate();
        INDArray g = grad;
        INDArray start = p;
        if (decoupled) {
            start = weightDecay != 0 ? p.mul(1 - lr * weightDecay) : p;
        } else if (weightDecay != 0) {
            g = grad.add(p.mul(weightDecay));
        }
        INDArray m = slot(name, "exp_avg", p).muli(beta1).addi(g.mul(1 - beta1));
        INDArray v = slot(name, "exp_avg_sq", p).muli(beta2).addi(g.mul(g).muli(1 - beta2));
        long t = stepCount();
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        INDArray denominator = Transforms.sqrt(v, true).divi(Math.sqrt(correction2)).addi(eps);
        return start.sub(m.div(denominator).muli(lr / correction1));
    }

    /** The update above in one pass over Java arrays, the moments read and written in bulk. */
    @Override
    protected final float[] updateHost(String name, Tensor p, Tensor grad) {
        float[] w = p.toFloatArray();
        float[] g = grad.toFloatArray();
        INDArray mSlot = slot(name, "exp_avg", DataType.FLOAT, p.shape());
        INDArray vSlot = slot(name, "exp_avg_sq", DataType.FLOAT, p.shape());
        float[] m = mSlot.data().asFloat();
        float[] v = vSlot.data().asFloat();
        double lr = learningRate();
        long t = stepCount();
        double stepSize = lr / (1 - Math.pow(beta1, t));
        double sqrtCorrection2 = Math.sqrt(1 - Math.pow(beta2, t));
        double shrink = decoupled ? 1 - lr * weightDecay : 1;
        double coupled = decoupled ? 0 : weightDecay;
        for (int i = 0; i < w.length; i++) {
            double gi = g[i] + coupled * w[i];
            m[i] = (float) (beta1 * m[i] + (1 - beta1) * gi);
            v[i] = (float) (beta2 * v[i] + (1 - beta2) * gi * gi);
            double denominator = Math.sqrt(v[i]) / sqrtCorrection2 + eps;
            w[i] = (float) (shrink * w[i] - stepSize * m[i] / denominator);
        }
        mSlot.data().setData(m);
        vSlot.data().setData(v);
        return w;
    }

    @Override
    protected final List<String> slotNames() {
        return List.of("exp_avg", "exp_avg_sq");
    }
}

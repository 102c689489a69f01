package dev.neuralode.model.cnf;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.nn.Module;
import java.util.random.RandomGenerator;

/**
 * The paper's hypernetwork CNF (Chen et al., 2018, section 4; torchdiffeq {@code examples/cnf.py}):
 * {@code f(t, z) = (1/w) sum_i U_i tanh(W_i . z + B_i)} with W, B, U produced from t by a
 * {@link HyperNetwork}. In matrix form {@code h = tanh(z W^T + B)}, {@code f = h U / w}.
 *
 * <p>Its Jacobian is {@code (1/w) sum_i U_i (1 - h_i^2) W_i^T}, so the exact trace has a closed form,
 * {@code tr(df/dz) = (1/w) sum_i (1 - h_i^2) (W_i . U_i)}: one small product instead of d
 * vector-Jacobian products, and only first-order autodiff when training through it.
 */
public final class HypernetField extends Module implements VelocityField {

    private final HyperNetwork hyperNet;

    public HypernetField(int dimension, int hidden, int width, DType dtype, RandomGenerator rng) {
        this.hyperNet = registerModule("hyper_net", new HyperNetwork(dimension, hidden, width, dtype, rng));
    }

    @Override
    public FieldValue evaluate(Tensor t, Tensor z, boolean analyticTrace) {
        HyperNetwork.Weights p = hyperNet.weights(t);
        double inverseWidth = 1.0 / hyperNet.width();
        Tensor h = z.linear(p.w(), p.b()).tanh();
        Tensor velocity = h.matmul(p.u()).mul(inverseWidth);
        if (!analyticTrace) {
            return new FieldValue(velocity, null);
        }
        Tensor wDotU = p.w().mul(p.u()).sum(true, 1);
        Tensor trace = h.square().rsub(1.0).matmul(wDotU).mul(inverseWidth);
        return new FieldValue(velocity, trace);
    }

    @Override
    public boolean hasAnalyticTrace() {
        return true;
    }

    @Override
    public Module module() {
        return this;
    }

    @Override
    public int dimension() {
        return hyperNet.dimension();
    }
}

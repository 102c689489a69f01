package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Layers applied in order, {@code y = f_k(...f_1(x))}, registered under the names {@code "0"},
 * {@code "1"}, ... as in PyTorch's {@code nn.Sequential}, so parameter names read
 * {@code 0.weight}, {@code 2.bias} (activations hold no parameters but keep their index).
 * A {@link Linear} followed by tanh, sigmoid or ELU (alpha 1) runs as one fused op
 * ({@link Tensor#linearTanh} and its kin): the same values, one pass fewer each way.
 */
public final class Sequential extends Layer {

    private final List<Layer> layers = new ArrayList<>();

    public Sequential(Layer... layers) {
        if (layers.length == 0) {
            throw new IllegalArgumentException("Sequential needs at least one layer");
        }
        for (Layer layer : layers) {
            this.layers.add(registerModule(Integer.toString(this.layers.size()), layer));
        }
    }

    /** The layers, in order. */
    public List<Layer> layers() {
        return Collections.unmodifiableList(layers);
    }

    public Layer get(int index) {
        return layers.get(index);
    }

    public int size() {
        return layers.size();
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor y = x;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            Tensor fused = layer instanceof Linear linear && i + 1 < layers.size() ? linear.forwardFused(y, layers.get(i + 1)) : null;
            if (fused != null) {
                y = fused;
                i++;
            } else {
                y = layer.forward(y);
            }
        }
        return y;
    }
}

package dev.neuralode.model.flow2d;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.autodiff.kernel.DType;
import dev.neuralode.model.odenet.BlockField;
import dev.neuralode.nn.Layer;
import dev.neuralode.nn.Linear;
import dev.neuralode.nn.Sequential;
import dev.neuralode.nn.Tanh;
import java.util.random.RandomGenerator;

/**
 * The map every model of this package is built from: a tanh MLP {@code dim -> width -> width -> dim},
 * {@code f(h) = W3 tanh(W2 tanh(W1 h + b1) + b2) + b3} (Dupont et al. 2019 use such an MLP as the
 * time-independent vector field of their Neural ODEs). As a {@link BlockField} it is the velocity of
 * an ODE block ({@code dh/dt = f(h)}); as a {@link Layer} the residual branch of a ResNet block.
 */
final class PlaneField extends Layer implements BlockField {

    private final Sequential net;

    PlaneField(int dim, int width, DType dtype, RandomGenerator rng) {
        net = registerModule("net", new Sequential(new Linear(dim, width, true, dtype, rng), new Tanh(),
                new Linear(width, width, true, dtype, rng), new Tanh(), new Linear(width, dim, true, dtype, rng)));
    }

    @Override
    public Tensor forward(Tensor h) {
        return net.forward(h);
    }

    @Override
    public Tensor derivative(double t, Tensor h) {
        return net.forward(h);
    }
}

package dev.neuralode.autodiff.kernel;

/**
 * The activations fused into a linear layer and whose derivative is computed from the output y:
 * tanh {@code 1 - y^2}, sigmoid {@code y (1 - y)}, ELU with {@code alpha = 1}
 * {@code y > 0 ? 1 : y + 1}, ReLU {@code y > 0 ? 1 : 0}.
 */
public enum Activation { TANH, SIGMOID, ELU, RELU }

package dev.neuralode.ode;

/**
 * How step sizes are chosen: a fixed grid ({@link FixedStep}) or adaptive control from the error
 * estimate of an embedded method ({@link AdaptiveController}).
 */
public sealed interface StepSizeController permits FixedStep, AdaptiveController {
}

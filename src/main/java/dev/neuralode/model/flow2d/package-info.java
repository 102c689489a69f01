/**
 * Flows that classify points of the plane, and their topological limit (Dupont, Doucet and Teh,
 * "Augmented Neural ODEs", NeurIPS 2019): a Neural ODE in the plane followed by a linear classifier,
 * the augmented Neural ODE that lifts the plane to {@code 2 + p} dimensions, and a ResNet of the same
 * width ({@link dev.neuralode.model.flow2d.PlaneClassifier}). The ODE models reuse the ODE-Net's
 * {@link dev.neuralode.model.odenet.OdeBlock} and {@link dev.neuralode.model.odenet.BlockSolver}.
 *
 * <p>May depend on: {@code model.odenet}, {@code sensitivity}, {@code ode}, {@code nn}, {@code autodiff}, {@code data}.
 */
package dev.neuralode.model.flow2d;

/**
 * Neural ODE Explorer: a JavaFX explorer over a headless Neural ODE engine (Chen, Rubanova,
 * Bettencourt, Duvenaud, "Neural Ordinary Differential Equations", NeurIPS 2018).
 *
 * <p>Dependencies point one way: {@code ui -> train -> model -> sensitivity -> ode -> autodiff ->
 * ND4J}, with {@code cli -> train}, {@code nn -> autodiff} and {@code data} depending on nothing
 * above it. Only {@code ui} imports JavaFX or ChartFX; {@code ArchitectureTest} enforces this.
 */
package dev.neuralode;

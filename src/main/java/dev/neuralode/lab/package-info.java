/**
 * The solver lab: ODE problems with known behaviour (a catalogue with closed forms where they exist,
 * and problems typed as expressions), solved by the engine with every step recorded, and the
 * comparisons that show how a solver behaves: references, work-precision, stability regions, batch
 * coupling and the truth of the adjoint's gradient. A layer beside {@code train}: it uses the solvers
 * and sensitivities and is used only by the window and the command line.
 */
package dev.neuralode.lab;

/**
 * The Solver lab tab: one solve with every step in view, work-precision diagrams, batch coupling,
 * stability regions and the adjoint's truth, over {@link dev.neuralode.lab}.
 */
package dev.neuralode.ui.lab;

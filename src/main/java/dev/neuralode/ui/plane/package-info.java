/**
 * The Classifier tab's 2D view: flows that classify points of the plane (a Neural ODE, an augmented
 * Neural ODE, a ResNet; Dupont, Doucet and Teh 2019), with the decision map, the flow carrying the
 * plane, a drawn dataset and the training charts.
 */
package dev.neuralode.ui.plane;

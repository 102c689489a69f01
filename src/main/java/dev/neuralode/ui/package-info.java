/**
 * The JavaFX application: one view and view-model per feature, ChartFX adapters. The only package
 * that imports JavaFX or ChartFX. The engine never runs on the FX thread; views apply the latest
 * immutable snapshot once per pulse.
 *
 * <p>May depend on: everything below it.
 */
package dev.neuralode.ui;

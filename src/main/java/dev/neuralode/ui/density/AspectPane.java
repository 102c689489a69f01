package dev.neuralode.ui.density;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Lays out one child as large as fits with its width equal to its height plus a fixed extra
 * (room for axes and a colour bar), centred: a heatmap's plot area stays square, so that circles
 * in the data look like circles.
 */
final class AspectPane extends Region {

    private final Node child;
    private final double extraWidth;

    AspectPane(Node child, double extraWidth) {
        this.child = child;
        this.extraWidth = extraWidth;
        getChildren().add(child);
        setMinSize(200, 160);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double side = Math.max(0, Math.min(h, w - extraWidth));
        double cw = side + extraWidth;
        child.resizeRelocate(snappedLeftInset() + (w - cw) / 2, snappedTopInset() + (h - side) / 2, cw, side);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 560 + extraWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
    }
}

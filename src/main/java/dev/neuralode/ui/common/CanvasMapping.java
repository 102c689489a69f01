package dev.neuralode.ui.common;

/**
 * Maps the square {@code [-extent, extent]^2} of data space onto the largest centred square of a
 * canvas, y pointing up, and back.
 */
public record CanvasMapping(double extent, double width, double height) {

    private double scale() {
        return Math.min(width, height) / (2 * extent);
    }

    public double toPixelX(double x) {
        return width / 2 + x * scale();
    }

    public double toPixelY(double y) {
        return height / 2 - y * scale();
    }

    public double toDataX(double px) {
        return (px - width / 2) / scale();
    }

    public double toDataY(double py) {
        return (height / 2 - py) / scale();
    }

    /** A length in data units as pixels. */
    public double toPixels(double length) {
        return length * scale();
    }
}

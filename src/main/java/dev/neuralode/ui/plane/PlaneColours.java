package dev.neuralode.ui.plane;

import javafx.scene.paint.Color;

/**
 * TensorFlow Playground's two-colour map: class 0 orange, class 1 blue, and a class probability as a
 * blend from the one through white to the other, so that the boundary (p = 1/2) is the white band.
 */
final class PlaneColours {

    static final Color CLASS_0 = Color.rgb(230, 120, 0);
    static final Color CLASS_1 = Color.rgb(31, 119, 180);

    private PlaneColours() {
    }

    static Color of(int label) {
        return label == 0 ? CLASS_0 : CLASS_1;
    }

    /** The background colour for {@code P(class 1) = p}, as an ARGB int for a pixel writer. */
    static int argb(double p) {
        double q = Math.max(0, Math.min(1, p));
        Color c = q < 0.5 ? CLASS_0 : CLASS_1;
        // Pale at most: the points drawn on top must stay visible.
        double strength = 0.55 * Math.abs(2 * q - 1);
        int r = (int) Math.round(255 * (1 - strength + strength * c.getRed()));
        int g = (int) Math.round(255 * (1 - strength + strength * c.getGreen()));
        int b = (int) Math.round(255 * (1 - strength + strength * c.getBlue()));
        return 0xff000000 | r << 16 | g << 8 | b;
    }
}

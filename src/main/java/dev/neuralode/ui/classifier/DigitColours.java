package dev.neuralode.ui.classifier;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** One colour per digit class (a ten-colour qualitative palette), and digits drawn as pictures. */
final class DigitColours {

    private static final Color[] CLASSES = {
        Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#d62728"), Color.web("#9467bd"),
        Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#7f7f7f"), Color.web("#bcbd22"), Color.web("#17becf"),
    };

    private DigitColours() {
    }

    static Color of(int digit) {
        return CLASSES[digit % CLASSES.length];
    }

    /** A 28 x 28 image in [0, 1] (row-major) as MNIST shows it: white ink on black. */
    static Image picture(float[] pixels) {
        int side = (int) Math.round(Math.sqrt(pixels.length));
        WritableImage image = new WritableImage(side, side);
        PixelWriter w = image.getPixelWriter();
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                double v = Math.max(0, Math.min(1, pixels[r * side + c]));
                w.setColor(c, r, Color.gray(v));
            }
        }
        return image;
    }
}

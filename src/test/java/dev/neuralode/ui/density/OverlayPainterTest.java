package dev.neuralode.ui.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The overlays tell apart at a glance: own hues for samples and trajectories, arrows brighter with speed. */
class OverlayPainterTest {

    @Test
    void samplesTrajectoriesAndDataHaveDistinctColours() {
        List<Color> colours = List.of(OverlayPainter.DATA, OverlayPainter.SAMPLE, OverlayPainter.PATH,
                OverlayPainter.speedColour(0.5));
        assertEquals(colours.size(), new HashSet<>(colours).size());
        double hueGap = Math.abs(OverlayPainter.SAMPLE.getHue() - OverlayPainter.PATH.getHue());
        assertTrue(hueGap > 60, "samples and trajectories differ in hue, not only in shade: " + hueGap);
    }

    @Test
    void fasterArrowsAreBrighter() {
        double previous = -1;
        for (double speed = 0; speed <= 1.0001; speed += 0.25) {
            double brightness = OverlayPainter.speedColour(speed).getBrightness()
                    + (1 - OverlayPainter.speedColour(speed).getSaturation());
            assertTrue(brightness > previous, "speed " + speed);
            previous = brightness;
        }
        assertEquals(OverlayPainter.speedColour(1), OverlayPainter.speedColour(7), "clamped to the fastest");
    }
}

package dev.neuralode.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanvasMappingTest {

    @Test
    void dataAndPixelsRoundTripWithYUpOnTheCentredSquare() {
        CanvasMapping m = new CanvasMapping(4, 400, 300);
        assertEquals(200, m.toPixelX(0), 1e-9);
        assertEquals(150, m.toPixelY(0), 1e-9);
        assertEquals(150 - 37.5, m.toPixelY(1), 1e-9);
        assertEquals(1.5, m.toDataX(m.toPixelX(1.5)), 1e-9);
        assertEquals(-2.25, m.toDataY(m.toPixelY(-2.25)), 1e-9);
        assertEquals(75, m.toPixels(2), 1e-9);
    }
}

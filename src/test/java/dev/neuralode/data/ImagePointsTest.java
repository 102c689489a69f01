package dev.neuralode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePointsTest {

    @TempDir
    Path dir;

    @Test
    void pointsFollowTheDarkPixels() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, x < 10 && y < 10 ? 0x000000 : 0xffffff);
            }
        }
        Path png = dir.resolve("corner.png");
        ImageIO.write(image, "png", png.toFile());
        PointSet p = ImagePoints.sample(png, 500, 4.0, new Random(1));
        assertEquals(500, p.size());
        for (int i = 0; i < p.size(); i++) {
            // the dark block is the image's top-left quarter of its left half: x in [-4, -2], y in [0, 2]
            assertTrue(p.x(i) >= -4 && p.x(i) <= -2 && p.y(i) >= 0 && p.y(i) <= 2, p.x(i) + "," + p.y(i));
        }
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedByName() throws Exception {
        Path fake = dir.resolve("notes.png");
        Files.writeString(fake, "hello");
        DataFileException e = assertThrows(DataFileException.class, () -> ImagePoints.sample(fake, 10, 4, new Random(1)));
        assertTrue(e.getMessage().startsWith("notes.png: is not an image"), e.getMessage());
    }

    @Test
    void sprayedPointsLieWithinTheirDabs() {
        List<SprayDab> stroke = List.of(new SprayDab(1, 1, 0.5, 1.0), new SprayDab(-2, 0, 0.25, 0.5));
        float[] xy = SprayDab.spray(stroke, new Random(2));
        assertEquals(2 * (12 + 6), xy.length);
        for (int i = 0; i < 12; i++) {
            assertTrue(Math.hypot(xy[2 * i] - 1, xy[2 * i + 1] - 1) <= 0.5 + 1e-6);
        }
        PointSet p = new PointSet("drawn", xy).erase(1, 1, 0.6);
        assertEquals(6, p.size());
    }
}

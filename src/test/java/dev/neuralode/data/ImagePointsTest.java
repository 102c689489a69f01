package dev.neuralode.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
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
    void aPictureOfHugeDimensionsInASmallFileIsRefusedBeforeDecoding() throws Exception {
        Path bomb = dir.resolve("huge.png");
        Files.write(bomb, pngHeaderOnly(32_000, 32_000));
        assertTrue(Files.size(bomb) < 100, "tiny on disk");
        DataFileException e = assertThrows(DataFileException.class, () -> ImagePoints.sample(bomb, 10, 4, new Random(1)));
        assertTrue(e.getMessage().startsWith("huge.png: is 32,000 x 32,000 pixels, more than the 64 million this program reads;"
                + " scale it down (to at most 8,000 pixels on its longer side"), e.getMessage());
    }

    @Test
    void aLargePictureIsReadSubsampledAndStillSampledWhereItIsDark() throws Exception {
        BufferedImage image = new BufferedImage(3000, 2000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 3000, 2000);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 750, 1000);
        g.dispose();
        Path png = dir.resolve("large.png");
        ImageIO.write(image, "png", png.toFile());
        BufferedImage read = ImagePoints.decode(png);
        assertEquals(1500, read.getWidth(), "6 megapixels read every 2nd pixel of every 2nd row");
        assertEquals(1000, read.getHeight());
        PointSet p = ImagePoints.sample(png, 300, 3.0, new Random(4));
        for (int i = 0; i < p.size(); i++) {
            // the dark block is the left quarter of the top half: x in [-3, -1.5], y in [0, 2]
            assertTrue(p.x(i) >= -3 && p.x(i) <= -1.5 && p.y(i) >= 0 && p.y(i) <= 2, p.x(i) + "," + p.y(i));
        }
    }

    /** A PNG signature, an IHDR chunk of the given size (8-bit grey) and IEND: the size without any pixels. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        CRC32 crc = new CRC32();
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
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

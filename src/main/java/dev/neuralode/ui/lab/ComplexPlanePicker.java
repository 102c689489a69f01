package dev.neuralode.ui.lab;

import dev.neuralode.lab.Parameter;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A complex number picked on a plane, for the linear test equation's lambda: press or drag to set
 * the real and imaginary sliders at once. The real axis is drawn in {@code sign(x) log10(1 + |x|)}
 * so that both -5 and -1000 can be picked; the imaginary axis is linear.
 */
final class ComplexPlanePicker extends Canvas {

    private static final double WIDTH = 220;
    private static final double HEIGHT = 110;
    private static final double PAD = 12;
    private static final double[] RE_TICKS = {-1000, -100, -10, -1, 0, 1};

    private final Slider re;
    private final Slider im;
    private final double reLo;
    private final double reHi;
    private final double imLo;
    private final double imHi;

    ComplexPlanePicker(Parameter real, Slider re, Parameter imaginary, Slider im) {
        super(WIDTH, HEIGHT);
        setId("labLambdaPicker");
        this.re = re;
        this.im = im;
        reLo = warp(real.min());
        reHi = warp(real.max());
        imLo = imaginary.min();
        imHi = imaginary.max();
        re.valueProperty().addListener((o, a, b) -> draw());
        im.valueProperty().addListener((o, a, b) -> draw());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pick);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::pick);
        draw();
    }

    /** {@code sign(x) log10(1 + |x|)}: the real axis's scale. */
    static double warp(double x) {
        return Math.signum(x) * Math.log10(1 + Math.abs(x));
    }

    /** The inverse of {@link #warp}. */
    static double unwarp(double w) {
        return Math.signum(w) * (Math.pow(10, Math.abs(w)) - 1);
    }

    private double px(double reValue) {
        return PAD + (warp(reValue) - reLo) / (reHi - reLo) * (WIDTH - 2 * PAD);
    }

    private double py(double imValue) {
        return HEIGHT - PAD - (imValue - imLo) / (imHi - imLo) * (HEIGHT - 2 * PAD);
    }

    private void pick(MouseEvent e) {
        double w = reLo + (e.getX() - PAD) / (WIDTH - 2 * PAD) * (reHi - reLo);
        double v = imLo + (HEIGHT - PAD - e.getY()) / (HEIGHT - 2 * PAD) * (imHi - imLo);
        re.setValue(Math.max(re.getMin(), Math.min(re.getMax(), unwarp(w))));
        im.setValue(Math.max(im.getMin(), Math.min(im.getMax(), v)));
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.rgb(252, 252, 250));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(Color.gray(0.6));
        g.setLineWidth(1);
        g.strokeLine(PAD, py(0), WIDTH - PAD, py(0));
        g.strokeLine(px(0), PAD, px(0), HEIGHT - PAD);
        g.setFill(Color.gray(0.35));
        g.setFont(Font.font(9));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : RE_TICKS) {
            g.strokeLine(px(t), py(0) - 2, px(t), py(0) + 2);
            g.fillText(String.format(Locale.ROOT, "%.0f", t), px(t), py(0) + 3);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("Im " + String.format(Locale.ROOT, "%.0f", imHi), px(0) + 3, 0);
        g.setFill(Color.web("#d55e00"));
        g.fillOval(px(re.getValue()) - 4, py(im.getValue()) - 4, 8, 8);
        g.setFill(Color.gray(0.2));
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("press or drag to pick \u03bb", 2, HEIGHT);
    }
}

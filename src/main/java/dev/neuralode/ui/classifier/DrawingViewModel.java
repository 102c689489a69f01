package dev.neuralode.ui.classifier;

import dev.neuralode.data.DigitRaster;
import dev.neuralode.train.CentroidPlane;
import dev.neuralode.train.DigitReader;
import dev.neuralode.ui.common.LatestOnly;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A digit drawn with the mouse, read live by the current model: the strokes become an MNIST-style
 * 28 x 28 image ({@link DigitRaster}), the model gives its class probabilities and the NFE of the
 * solve, and the path of its features through the ODE block is projected on the plane of the class
 * centroids, by a frozen copy of the model ({@link ReaderCache}). Every stroke change and, while
 * training, a model the cache would renew asks for a new reading on the reading thread through {@link LatestOnly},
 * so a fast drag costs one reading in flight plus the newest.
 */
public final class DrawingViewModel {

    /** Depths at which the feature path is drawn: h(t) at 21 evenly spaced t in [0, 1] for the ODE block. */
    static final int PATH_POINTS = 21;

    /**
     * What the model made of the drawing.
     *
     * @param image     the 28 x 28 image the strokes became (all zeros without strokes)
     * @param reading   probabilities, NFE and feature path; null without strokes or before a model is ready
     * @param centroids the class centroids on the plane (null entries for classes the sample lacked)
     * @param strokes   the stroke revision read, so that a reading of cleared strokes is dropped
     */
    public record Result(long iteration, float[] image, DigitReader.Reading reading, double[][] centroids, long strokes) {
    }

    private final LatestOnly<Result> reader;
    private final ReaderCache models = new ReaderCache();
    private final List<double[]> strokes = new ArrayList<>();
    private double[] current;
    private int currentLength;
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>(this, "result");
    private final LongProperty strokesRevision = new SimpleLongProperty(this, "strokesRevision");
    private final StringProperty message = new SimpleStringProperty(this, "message", "Draw a digit with the mouse.");
    private long clearedAt;
    private ClassifierHandle handle;
    private long readIteration = -1;
    private boolean readWhileTraining;
    private boolean training;

    private final LongSupplier clock;

    DrawingViewModel(Executor readerThread, Executor fx, LongSupplier clock) {
        this.clock = clock;
        reader = new LatestOnly<>(readerThread, fx, this::read,
                e -> message.set("The digit could not be read: " + e.getMessage()));
    }

    /** The newest reading, or null (no strokes). */
    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result;
    }

    /** Changes with every stroke change, for the pad to redraw. */
    public ReadOnlyLongProperty strokesRevisionProperty() {
        return strokesRevision;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The strokes as drawn, the one in progress last, each {@code x0, y0, x1, y1, ...} in pad pixels. */
    public List<double[]> strokes() {
        List<double[]> all = new ArrayList<>(strokes);
        if (current != null) {
            all.add(Arrays.copyOf(current, currentLength));
        }
        return all;
    }

    public boolean isEmpty() {
        return strokes.isEmpty() && current == null;
    }

    /** The pen goes down at (x, y), y pointing down. */
    public void begin(double x, double y) {
        current = new double[64];
        currentLength = 0;
        append(x, y);
        changed();
    }

    /** The pen moves to (x, y) while down. */
    public void extend(double x, double y) {
        if (current == null) {
            begin(x, y);
            return;
        }
        append(x, y);
        changed();
    }

    /** The pen goes up: the stroke is finished. */
    public void end() {
        if (current != null) {
            strokes.add(Arrays.copyOf(current, currentLength));
            current = null;
            changed();
        }
    }

    /** Wipes the pad. */
    public void clear() {
        strokes.clear();
        current = null;
        strokesRevision.set(strokesRevision.get() + 1);
        clearedAt = strokesRevision.get();
        result.set(null);
        message.set("Draw a digit with the mouse.");
    }

    /** Reads the drawing again when the model changed: a new session at once, a trained one when the cache renews its copy. */
    void pulse(ClassifierHandle h, long iteration, boolean training, long now) {
        boolean newModel = h != handle;
        handle = h;
        this.training = training;
        if (isEmpty() || h == null) {
            return;
        }
        boolean stale = iteration != readIteration || (readWhileTraining && !training);
        if (newModel || (stale && (!training || models.renewsWhileTraining(now)))) {
            request(training, now);
        }
    }

    private void append(double x, double y) {
        if (currentLength + 2 > current.length) {
            current = Arrays.copyOf(current, 2 * current.length);
        }
        current[currentLength++] = x;
        current[currentLength++] = y;
    }

    private void changed() {
        strokesRevision.set(strokesRevision.get() + 1);
        request(training, clock.getAsLong());
    }

    private void request(boolean training, long now) {
        readWhileTraining = training;
        List<double[]> drawn = strokes();
        long revision = strokesRevision.get();
        ClassifierHandle h = handle;
        reader.submit(() -> {
            float[] image = DigitRaster.rasterize(drawn);
            if (h == null) {
                return new Result(-1, image, null, null, revision);
            }
            ReaderCache.Model m = models.get(h, training, now);
            CentroidPlane plane = m.plane();
            long iteration = m.frozen().iteration();
            DigitReader.Reading reading = new DigitReader(m.frozen()).read(image, plane, PATH_POINTS);
            double[][] centroids = new double[plane.classes()][];
            for (int k = 0; k < centroids.length; k++) {
                centroids[k] = plane.centroid(k);
            }
            return new Result(iteration, image, reading, centroids, revision);
        });
    }

    private void read(Result r) {
        if (r.strokes() <= clearedAt) {
            return;
        }
        readIteration = r.iteration();
        result.set(r);
        if (r.reading() == null) {
            message.set("The model is not ready yet: it reads the digit once it is built.");
        } else {
            message.set(String.format(java.util.Locale.ROOT, "Read as %d (%.0f%%) by the model of iteration %d, NFE %d",
                    r.reading().predicted(), 100 * r.reading().probabilities()[r.reading().predicted()], r.iteration(),
                    r.reading().nfe()));
        }
    }
}

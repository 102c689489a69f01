package dev.neuralode.ui.density;

import dev.neuralode.data.DataFileException;
import dev.neuralode.data.ImagePoints;
import dev.neuralode.data.PointSet;
import dev.neuralode.data.PointsCsv;
import dev.neuralode.data.SprayDab;
import dev.neuralode.data.ToyDataset;
import dev.neuralode.train.DensityData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The data panel's state: which dataset is chosen (a preset or the drawn {@code custom} set), the
 * points on the drawing canvas, the preset's noise scale and data seed, the brush, and undo/redo over
 * strokes, clears, imports, preset changes, noise changes and regenerations. Drawing on a preset
 * turns it into a custom set that starts from the preset's points.
 */
public final class DataViewModel {

    /** The id of drawn or imported data, as {@code CnfExperiment} spells it. */
    public static final String CUSTOM = "custom";
    /** Points of a preset shown on the canvas (the session shows the same ones). */
    static final int PRESET_POINTS = DensityData.PRESET_POINTS;
    /** Points sampled from an imported picture. */
    static final int IMAGE_POINTS = 4000;
    /** Half the side of the square the canvas shows, in data units. */
    public static final double CANVAS_EXTENT = 4.0;
    /** Half the side of the square an imported picture is fitted into. */
    static final double IMAGE_EXTENT = 2.5;

    /** A brush tool. */
    public enum Tool { SPRAY, ERASE }

    /**
     * What the panel shows: a dataset id, its points, and the noise scale and data seed a preset's
     * points were drawn with (kept for drawn points too: the seed also splits them into training and
     * held-out points).
     */
    public record DataState(String dataset, PointSet points, double noise, long dataSeed) {

        /** A state at the dataset's own noise and data seed 0. */
        public DataState(String dataset, PointSet points) {
            this(dataset, points, 1.0, 0);
        }

        public boolean isCustom() {
            return CUSTOM.equals(dataset);
        }
    }

    private final ObjectProperty<DataState> state = new SimpleObjectProperty<>(this, "state");
    private final IntegerProperty pointCount = new SimpleIntegerProperty(this, "pointCount");
    private final DoubleProperty brushRadius = new SimpleDoubleProperty(this, "brushRadius", 0.3);
    private final DoubleProperty intensity = new SimpleDoubleProperty(this, "intensity", 0.5);
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool", Tool.SPRAY);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final BooleanProperty stroking = new SimpleBooleanProperty(this, "stroking");
    private final UndoHistory<DataState> history = new UndoHistory<>(100);
    private final SplittableRandom sprayRandom = new SplittableRandom(7);
    private final SplittableRandom seeds = new SplittableRandom();
    private DataState strokeStart;
    private double lastDabX = Double.NaN;
    private double lastDabY = Double.NaN;

    public DataViewModel(String initialDataset) {
        this(initialDataset, 1.0, 0);
    }

    /** Starts on a dataset drawn at a noise scale and data seed (an experiment's). */
    public DataViewModel(String initialDataset, double noise, long dataSeed) {
        set(CUSTOM.equals(initialDataset) ? new DataState(CUSTOM, new PointSet(CUSTOM, new float[0]), noise, dataSeed)
                : preset(initialDataset, noise, dataSeed));
    }

    /** Every dataset of the engine, then {@code custom}. */
    public static List<String> datasets() {
        List<String> ids = new ArrayList<>(Arrays.stream(ToyDataset.values()).map(ToyDataset::id).toList());
        ids.add(CUSTOM);
        return ids;
    }

    public ReadOnlyObjectProperty<DataState> stateProperty() {
        return state;
    }

    public DataState state() {
        return state.get();
    }

    public ReadOnlyIntegerProperty pointCountProperty() {
        return pointCount;
    }

    /** Brush radius in data units. */
    public DoubleProperty brushRadiusProperty() {
        return brushRadius;
    }

    /** Brush intensity in (0, 1]: the share of {@link SprayDab#POINTS_PER_DAB} each dab adds. */
    public DoubleProperty intensityProperty() {
        return intensity;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** Whether a brush stroke is in progress: its points are final only when it ends. */
    public ReadOnlyBooleanProperty strokingProperty() {
        return stroking;
    }

    /** Shows a preset (or keeps the current points as the custom set when {@code custom} is chosen). */
    public void select(String dataset) {
        if (dataset.equals(state().dataset())) {
            return;
        }
        DataState now = state();
        edit(CUSTOM.equals(dataset) ? new DataState(CUSTOM, now.points().named(CUSTOM), now.noise(), now.dataSeed())
                : preset(dataset, now.noise(), now.dataSeed()));
    }

    /**
     * Draws the preset again with its noise multiplied by {@code noise} (1: the dataset's own),
     * from the same data seed, so only the spread changes. Drawn points keep the value for later.
     */
    public void setNoise(double noise) {
        DataState now = state();
        if (noise == now.noise()) {
            return;
        }
        edit(now.isCustom() ? new DataState(CUSTOM, now.points(), noise, now.dataSeed())
                : preset(now.dataset(), noise, now.dataSeed()));
    }

    /** Draws a new sample of the preset: a new data seed, so new points and a new held-out split. */
    public void regenerate() {
        DataState now = state();
        long seed;
        do {
            // Small seeds keep the experiment code short.
            seed = 1 + seeds.nextInt(99_999);
        } while (seed == now.dataSeed());
        edit(now.isCustom() ? new DataState(CUSTOM, now.points(), now.noise(), seed) : preset(now.dataset(), now.noise(), seed));
    }

    /** Whether the noise scale changes anything: a preset that has noise (the checkerboard has none). */
    public static boolean hasNoise(DataState s) {
        return !s.isCustom() && ToyDataset.byId(s.dataset()).hasNoise();
    }

    /** Starts a stroke: everything up to {@link #endStroke} is undone in one step. */
    public void beginStroke() {
        strokeStart = state();
        stroking.set(true);
        lastDabX = Double.NaN;
        lastDabY = Double.NaN;
    }

    /**
     * One brush position of the stroke: sprays or erases around (x, y). Positions closer than a
     * quarter radius to the previous dab are skipped, so that holding the mouse still does not pile
     * up points and the density follows the speed of the stroke.
     */
    public void dab(double x, double y) {
        dab(x, y, tool.get());
    }

    /** A dab with a given tool (the canvas erases with the right button whatever the tool). */
    public void dab(double x, double y, Tool with) {
        double r = brushRadius.get();
        if (Double.isFinite(lastDabX) && Math.hypot(x - lastDabX, y - lastDabY) < 0.25 * r) {
            return;
        }
        lastDabX = x;
        lastDabY = y;
        PointSet points = state().points();
        PointSet next = with == Tool.SPRAY
                ? points.plus(SprayDab.spray(List.of(new SprayDab(x, y, r, intensity.get())), sprayRandom))
                : points.erase(x, y, r);
        if (next != points || !state().isCustom()) {
            set(drawn(next));
        }
    }

    public void endStroke() {
        if (strokeStart != null && !strokeStart.equals(state())) {
            history.record(strokeStart);
            updateUndo();
        }
        strokeStart = null;
        stroking.set(false);
    }

    public void clear() {
        edit(drawn(new PointSet(CUSTOM, new float[0])));
    }

    public void undo() {
        history.undo(state()).ifPresent(this::set);
        updateUndo();
    }

    public void redo() {
        history.redo(state()).ifPresent(this::set);
        updateUndo();
    }

    /**
     * Replaces the points with a CSV file's or a picture's (PNG, JPEG, GIF, BMP by extension).
     *
     * @return warnings to show (for example that rows were subsampled)
     * @throws DataFileException naming the file and line; the current points are kept
     */
    public List<String> importFile(Path file) throws DataFileException {
        PointSet points;
        List<String> warnings = List.of();
        if (isImage(file)) {
            points = ImagePoints.sample(file, IMAGE_POINTS, IMAGE_EXTENT, new Random(0));
        } else {
            PointsCsv.Result r = PointsCsv.read(file, new Random(0));
            points = r.points();
            warnings = r.warnings();
        }
        edit(drawn(points));
        return warnings;
    }

    /** Writes the current points as {@code x,y} CSV, atomically. */
    public void exportCsv(Path file) throws IOException {
        PointsCsv.write(file, state().points());
    }

    /**
     * Shows the data of a config (an opened experiment, an applied experiment code): its preset drawn
     * at its noise and data seed, or for {@code custom} the given points (null keeps the ones shown).
     * Undoable like any other change.
     */
    public void load(String dataset, double noise, long dataSeed, PointSet customPoints) {
        if (CUSTOM.equals(dataset)) {
            PointSet points = customPoints != null ? customPoints : state().points();
            edit(new DataState(CUSTOM, points.named(CUSTOM), noise, dataSeed));
        } else {
            edit(preset(dataset, noise, dataSeed));
        }
    }

    static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif")
                || name.endsWith(".bmp");
    }

    private static DataState preset(String id, double noise, long dataSeed) {
        return new DataState(id, DensityData.preset(id, noise, dataSeed), noise, dataSeed);
    }

    /** Drawn or imported points, keeping the noise scale and data seed. */
    private DataState drawn(PointSet points) {
        return new DataState(CUSTOM, points.named(CUSTOM), state().noise(), state().dataSeed());
    }

    private void edit(DataState next) {
        if (next.equals(state())) {
            return;
        }
        history.record(state());
        set(next);
        updateUndo();
    }

    private void set(DataState next) {
        state.set(next);
        pointCount.set(next.points().size());
    }

    private void updateUndo() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }
}

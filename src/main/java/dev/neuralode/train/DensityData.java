package dev.neuralode.train;

import dev.neuralode.data.AnalyticDensity;
import dev.neuralode.data.PointSet;
import dev.neuralode.data.ToyDataset;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The points of a density experiment, as its config determines them: the sample of a preset that is
 * shown (and partly held out), the drawn points, and their split into training and held-out points,
 * all seeded by the config's {@code dataSeed} so that a config reproduces its data.
 *
 * <p>Held-out points measure how well the model generalises, as TensorFlow Playground's test loss
 * does: the held-out NLL is computed on points no training batch contains. For drawn points the
 * batches come from the training part only. A preset is trained on fresh samples every iteration
 * (as torchdiffeq's {@code cnf.py} does), which are almost surely none of the held-out points.
 */
public final class DensityData {

    /** Points of a preset that are shown (and of which {@link #HELD_OUT_FRACTION} are held out). */
    public static final int PRESET_POINTS = 2000;
    /** The share of the points held out from training. */
    public static final double HELD_OUT_FRACTION = 0.2;
    /** Fewer points than this are all used for training: a held-out share of them would say little. */
    public static final int MIN_POINTS_TO_HOLD_OUT = 10;
    /** Keeps the split's random stream apart from the sample's, which uses the same seed. */
    private static final long SPLIT_SALT = 0x7A3D_9E1B_C5F2_4468L;

    /** Points split into those training may use and those held out from it (possibly none). */
    public record Split(PointSet training, PointSet heldOut) {
    }

    private DensityData() {
    }

    /** The sample of a preset that is shown: {@value #PRESET_POINTS} points at the given noise scale. */
    public static PointSet preset(String dataset, double noise, long dataSeed) {
        return ToyDataset.byId(dataset).sample(PRESET_POINTS, noise, new Random(dataSeed));
    }

    /**
     * The points a session shows: the drawn points for {@code custom}, the preset's sample otherwise,
     * and for the {@code kl} objective, which has no data, a sample of the target density that only
     * frames the view.
     */
    public static PointSet shown(CnfExperiment c, PointSet customData) {
        if ("kl".equals(c.objective())) {
            return AnalyticDensity.byId(c.target()).sample(PRESET_POINTS, new Random(c.dataSeed()));
        }
        if (c.isCustomData()) {
            return customData == null ? new PointSet("custom", new float[0]) : customData;
        }
        return preset(c.dataset(), c.noise(), c.dataSeed());
    }

    /**
     * Splits points at random into training and held-out ones: {@link #HELD_OUT_FRACTION} of them
     * (rounded) are held out, none when there are fewer than {@value #MIN_POINTS_TO_HOLD_OUT}. The
     * same points and seed give the same split; the training points keep their order, the held-out
     * ones come in random order (so that any prefix of them is a random subset).
     */
    public static Split split(PointSet points, long dataSeed) {
        int n = points.size();
        int held = n < MIN_POINTS_TO_HOLD_OUT ? 0 : (int) Math.round(n * HELD_OUT_FRACTION);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(dataSeed ^ SPLIT_SALT);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] heldOut = new boolean[n];
        float[] xy = points.toArray();
        float[] out = new float[2 * held];
        for (int k = 0; k < held; k++) {
            int i = order[k];
            heldOut[i] = true;
            out[2 * k] = xy[2 * i];
            out[2 * k + 1] = xy[2 * i + 1];
        }
        float[] in = new float[2 * (n - held)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!heldOut[i]) {
                in[2 * k] = xy[2 * i];
                in[2 * k + 1] = xy[2 * i + 1];
                k++;
            }
        }
        return new Split(new PointSet(points.name(), in), new PointSet(points.name() + " (held out)", out));
    }
}

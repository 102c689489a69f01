package dev.neuralode.train;

/**
 * Points pushed from the base to the data side: {@code xy[k]} holds all points at normalised time
 * {@code s[k]}, row-major {@code (count, 2)}.
 */
public record Trajectories(double[] s, float[][] xy, int count) {

    /** The points at the data side (the last frame): samples of the model. */
    public float[] samples() {
        return xy[xy.length - 1].clone();
    }
}

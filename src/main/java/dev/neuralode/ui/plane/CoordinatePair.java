package dev.neuralode.ui.plane;

import java.util.ArrayList;
import java.util.List;

/**
 * Two coordinates of the flow's state to show in the plane: the first two (the plane itself) or, for
 * the augmented model, pairs that include the extra dimensions the flow lifts the data into.
 */
public record CoordinatePair(int x, int y) {

    public static final CoordinatePair PLANE = new CoordinatePair(0, 1);

    /** The pairs worth showing for a state of {@code dim} coordinates: the plane, then each plane axis against each extra one, then the first two extra ones. */
    public static List<CoordinatePair> choices(int dim) {
        List<CoordinatePair> out = new ArrayList<>(List.of(PLANE));
        for (int extra = 2; extra < dim; extra++) {
            out.add(new CoordinatePair(0, extra));
            out.add(new CoordinatePair(1, extra));
        }
        if (dim >= 4) {
            out.add(new CoordinatePair(2, 3));
        }
        return out;
    }

    @Override
    public String toString() {
        return this.equals(PLANE) ? "x1, x2 (the plane)" : "h" + (x + 1) + ", h" + (y + 1) + (y >= 2 ? " (extra)" : "");
    }
}

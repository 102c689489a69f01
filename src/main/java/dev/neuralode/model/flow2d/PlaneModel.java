package dev.neuralode.model.flow2d;

import java.util.Arrays;
import java.util.Locale;

/**
 * The three classifiers of the plane that Dupont, Doucet and Teh compare (2019, "Augmented Neural
 * ODEs", sections 3 and 4).
 * <ul>
 *   <li>{@link #NODE}: a Neural ODE on the plane itself, {@code dh/dt = f(h)}, {@code h(0) = x} in R^2.
 *       Its flow map is a homeomorphism of the plane (and preserves orientation), so trajectories
 *       never cross: it cannot pull a disc out of a ring around it.</li>
 *   <li>{@link #ANODE}: the same with the state lifted to {@code R^(2+p)} by appending p zeros,
 *       {@code h(0) = (x, 0)}: in the extra dimensions the disc can move past the ring.</li>
 *   <li>{@link #RESNET}: four residual blocks {@code h + f_k(h)} on the plane; a discrete map, not a
 *       flow, whose steps may cross.</li>
 * </ul>
 */
public enum PlaneModel {
    NODE("node", "Neural ODE"),
    ANODE("anode", "augmented Neural ODE"),
    RESNET("resnet", "ResNet");

    private final String id;
    private final String title;

    PlaneModel(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name on the command line and in configs. */
    public String id() {
        return id;
    }

    /** The name in tables and views. */
    public String title() {
        return title;
    }

    /** Whether the model integrates an ODE (and so reports solver NFE). */
    public boolean hasOde() {
        return this != RESNET;
    }

    /** @throws IllegalArgumentException naming the value and the choices */
    public static PlaneModel byId(String id) {
        for (PlaneModel m : values()) {
            if (m.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + id + "'; choose one of "
                + Arrays.stream(values()).map(PlaneModel::id).toList());
    }
}

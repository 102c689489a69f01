package dev.neuralode.model.odenet;

import java.util.Arrays;
import java.util.Locale;

/**
 * The four MNIST classifiers of the paper's Table 1 (Chen et al. 2018, section 3), all with the
 * same downsampling stem and head (torchdiffeq's {@code odenet_mnist.py}):
 * <ul>
 *   <li>{@link #ODENET}: one ODE block integrated by an adaptive solver (dopri5 at 1e-3 by default);</li>
 *   <li>{@link #RESNET}: six pre-activation residual blocks in its place;</li>
 *   <li>{@link #RKNET}: the ODE block integrated by a fixed-step Runge-Kutta method, gradients by
 *       backpropagation through its steps;</li>
 *   <li>{@link #STEM}: stem and head only, the baseline that shows what the middle block adds.</li>
 * </ul>
 */
public enum Architecture {
    ODENET("odenet", "ODE-Net"),
    RESNET("resnet", "ResNet"),
    RKNET("rknet", "RK-Net"),
    STEM("stem", "stem only");

    private final String id;
    private final String title;

    Architecture(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name on the command line and in configs. */
    public String id() {
        return id;
    }

    /** The name in tables. */
    public String title() {
        return title;
    }

    /** Whether the middle block is an ODE (so it reports NFE). */
    public boolean hasOde() {
        return this == ODENET || this == RKNET;
    }

    /** @throws IllegalArgumentException naming the value and the choices */
    public static Architecture byId(String id) {
        for (Architecture a : values()) {
            if (a.id.equals(id.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown model '" + id + "'; choose one of "
                + Arrays.stream(values()).map(Architecture::id).toList());
    }
}

package dev.neuralode.ui;

import dev.neuralode.train.CnfExperiment;
import dev.neuralode.train.LatentExperiment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Command-line options of the desktop app, for demos and scripted screenshots:
 * <ul>
 *   <li>{@code --config=run.json}: the density explorer starts from this experiment config
 *       (the JSON that {@code train cnf} writes);</li>
 *   <li>{@code --data=points.csv} (or a picture): the points it starts with;</li>
 *   <li>{@code --open=run.ckpt}: opens a saved experiment;</li>
 *   <li>{@code --tab=latent}: opens on the Latent ODE tab ({@code density}, the default, opens on
 *       the density explorer);</li>
 *   <li>{@code --series=series.csv}: the latent ODE tab shows these series ({@code series_id,t,x,y});</li>
 *   <li>{@code --play}: starts training the tab shown as soon as its model is ready.</li>
 * </ul>
 *
 * @param latent the latent ODE tab's first experiment (tests pass a small one)
 */
record StartupOptions(CnfExperiment config, Path data, Path open, boolean play, String tab, LatentExperiment latent,
                      Path series) {

    static final String DENSITY = "density";
    static final String LATENT = "latent";
    static final StartupOptions NONE = new StartupOptions(CnfExperiment.defaults(), null, null, false);

    StartupOptions {
        if (!DENSITY.equals(tab) && !LATENT.equals(tab)) {
            throw new IllegalArgumentException("--tab must be " + DENSITY + " or " + LATENT + ", was " + tab);
        }
    }

    /** The density explorer's options, opening on its tab, with the default latent experiment. */
    StartupOptions(CnfExperiment config, Path data, Path open, boolean play) {
        this(config, data, open, play, DENSITY, LatentExperiment.defaults(), null);
    }

    /** The same options with another latent experiment, opening on the latent tab. */
    StartupOptions onLatentTab(LatentExperiment experiment) {
        return new StartupOptions(config, data, open, play, LATENT, experiment, series);
    }

    /**
     * @throws IllegalArgumentException naming the option when a file cannot be read or is not a config
     */
    static StartupOptions parse(Map<String, String> named, List<String> unnamed) {
        CnfExperiment config = CnfExperiment.defaults();
        if (named.containsKey("config")) {
            Path file = Path.of(named.get("config"));
            try {
                config = CnfExperiment.fromJson(Files.readString(file));
            } catch (IOException e) {
                throw new IllegalArgumentException("--config: cannot read " + file + " (" + e.getMessage() + ")", e);
            }
        }
        Path data = named.containsKey("data") ? Path.of(named.get("data")) : null;
        Path open = named.containsKey("open") ? Path.of(named.get("open")) : null;
        Path series = named.containsKey("series") ? Path.of(named.get("series")) : null;
        return new StartupOptions(config, data, open, unnamed.contains("--play"), named.getOrDefault("tab", DENSITY),
                LatentExperiment.defaults(), series);
    }
}

package dev.neuralode.ui;

import dev.neuralode.train.CnfExperiment;
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
 *   <li>{@code --play}: starts training as soon as the model is ready.</li>
 * </ul>
 */
record StartupOptions(CnfExperiment config, Path data, Path open, boolean play) {

    static final StartupOptions NONE = new StartupOptions(CnfExperiment.defaults(), null, null, false);

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
        return new StartupOptions(config, data, open, unnamed.contains("--play"));
    }
}

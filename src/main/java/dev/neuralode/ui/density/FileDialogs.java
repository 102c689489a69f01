package dev.neuralode.ui.density;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;

/** Asks the user for a file; an interface so that tests can answer without a native dialog. */
public interface FileDialogs {

    FileChooser.ExtensionFilter EXPERIMENTS = new FileChooser.ExtensionFilter("Neural ODE experiments (*.ckpt)", "*.ckpt");
    FileChooser.ExtensionFilter DATA = new FileChooser.ExtensionFilter("Points or pictures (*.csv, *.png, *.jpg)",
            "*.csv", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp");
    FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv");
    FileChooser.ExtensionFilter PNG = new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png");
    FileChooser.ExtensionFilter GIF = new FileChooser.ExtensionFilter("Animated GIF (*.gif)", "*.gif");

    /** A file to read, or empty when the user cancels. */
    Optional<Path> open(String title, List<FileChooser.ExtensionFilter> filters);

    /** A file to write, or empty when the user cancels. */
    Optional<Path> save(String title, String suggestedName, FileChooser.ExtensionFilter filter);
}

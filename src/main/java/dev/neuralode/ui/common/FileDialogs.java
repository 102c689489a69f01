package dev.neuralode.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;

/** Asks the user for a file; an interface so that tests can answer without a native dialog. */
public interface FileDialogs {

    public FileChooser.ExtensionFilter EXPERIMENTS = new FileChooser.ExtensionFilter("Neural ODE experiments (*.ckpt)", "*.ckpt");
    public FileChooser.ExtensionFilter DATA = new FileChooser.ExtensionFilter("Points or pictures (*.csv, *.png, *.jpg)",
            "*.csv", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp");
    public FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv");
    public FileChooser.ExtensionFilter PNG = new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png");
    public FileChooser.ExtensionFilter GIF = new FileChooser.ExtensionFilter("Animated GIF (*.gif)", "*.gif");

    /** A file to read, or empty when the user cancels. */
    public Optional<Path> open(String title, List<FileChooser.ExtensionFilter> filters);

    /** A file to write, or empty when the user cancels. */
    public Optional<Path> save(String title, String suggestedName, FileChooser.ExtensionFilter filter);
}

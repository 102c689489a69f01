package dev.neuralode.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Native file choosers that start in the folder used last. */
public final class FxFileDialogs implements FileDialogs {

    private final Supplier<Window> owner;
    private File lastFolder;

    public FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> open(String title, List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().addAll(filters);
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().add(filter);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}

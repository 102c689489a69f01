package dev.neuralode.ui;

import dev.neuralode.ui.common.FileDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;

/** Answers file dialogs with a path the test chose, so no native dialog opens. */
final class StubFileDialogs implements FileDialogs {

    volatile Path next;

    @Override
    public Optional<Path> open(String title, List<FileChooser.ExtensionFilter> filters) {
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, FileChooser.ExtensionFilter filter) {
        return Optional.ofNullable(next);
    }
}

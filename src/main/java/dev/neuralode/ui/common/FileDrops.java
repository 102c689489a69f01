package dev.neuralode.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

/** Lets files be dropped on a node; the first dropped file goes to a handler, which decides what it is. */
public final class FileDrops {

    private FileDrops() {
    }

    public static void accept(Node target, Consumer<Path> onFile) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
                onFile.accept(e.getDragboard().getFiles().get(0).toPath());
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}

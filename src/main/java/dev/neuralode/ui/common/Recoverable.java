package dev.neuralode.ui.common;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One tab's experiment as crash recovery sees it. The recovery file is what the tab's own Save
 * writes and its own Open reads, so that a recovered experiment comes back exactly as a saved one
 * would, and a recovery file can also be opened by hand.
 *
 * @param fileName the recovery file's name, such as {@code density.ckpt}; unique among the tabs
 * @param state    read on the FX thread: a value that changes (by {@code equals}) whenever the
 *                 experiment does, or null while there is nothing worth keeping (an untouched new
 *                 model, or one being created)
 * @param snapshot read on the FX thread: what Save would write now, or null while there is no model
 * @param files    the tab's file thread, where the snapshot is written (never the FX thread)
 * @param restore  opens a recovered file through the tab's Open, on the FX thread
 */
public record Recoverable(String fileName, Supplier<Object> state, Supplier<Snapshot> snapshot, Executor files,
                          Consumer<Path> restore) {

    /** An experiment captured on the FX thread, written later on the file thread. */
    @FunctionalInterface
    public interface Snapshot {
        void writeTo(Path file) throws IOException;
    }
}

package dev.neuralode.ui;

/**
 * Starts the desktop app from a plain classpath ({@code java -cp ... dev.neuralode.ui.Launcher}).
 *
 * <p>A main class that itself extends {@code Application} fails on the classpath with "JavaFX
 * runtime components are missing"; this indirection avoids that check.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        ExplorerApp.main(args);
    }
}

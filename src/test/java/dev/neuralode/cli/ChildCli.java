package dev.neuralode.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command line in a child JVM, for tests that signal or kill it; and the metrics it leaves. */
final class ChildCli {

    private ChildCli() {
    }

    /** Starts {@code neural-ode-explorer args...} in a child JVM on this test's class path, its stderr to {@code errors}. */
    static Process start(Path errors, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile()).start();
    }

    /** The iteration of the last whole row of a metrics file, 0 when it has none. */
    static long lastRow(Path metrics) throws Exception {
        if (!Files.exists(metrics)) {
            return 0;
        }
        List<String> rows = Files.readAllLines(metrics);
        for (int i = rows.size() - 1; i >= 1; i--) {
            String[] cells = rows.get(i).split(",");
            if (cells.length > 1) {
                try {
                    return Long.parseLong(cells[0]);
                } catch (NumberFormatException halfWritten) {
                    // look at the row before
                }
            }
        }
        return 0;
    }

    /** Waits (up to two minutes) until the child has written a metrics row for iteration {@code n}, or has ended. */
    static void awaitRow(Process child, Path metrics, long n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lastRow(metrics) < n && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}

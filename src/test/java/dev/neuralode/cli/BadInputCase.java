package dev.neuralode.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the bad-input catalogue: a command line built over input files the case writes, the
 * exit code it must end with, and the fragments its message must hold (the bad value or file, and
 * the fix).
 *
 * @param name      what is wrong, as the test report shows it
 * @param command   writes the case's files and returns its command line
 * @param exit      0 for input that is accepted (perhaps with a warning), 1 for a failed command, 2 for a usage error
 * @param fragments text that standard error must contain
 */
record BadInputCase(String name, Command command, int exit, List<String> fragments) {

    /** Builds a case's command line, writing its input files first. */
    @FunctionalInterface
    interface Command {
        String[] args(Inputs in) throws Exception;
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * What a case works with: its own directory, its own copy of a small finished {@code train cnf} run
     * (which the command must leave byte for byte as it was), and a finished {@code train flow2d} run to read.
     */
    static final class Inputs implements AutoCloseable {

        private final Path dir;
        private final Path run;
        private final Path flow2dCheckpoint;
        private final List<AutoCloseable> held = new ArrayList<>();

        Inputs(Path dir, Path run, Path flow2dCheckpoint) {
            this.dir = dir;
            this.run = run;
            this.flow2dCheckpoint = flow2dCheckpoint;
        }

        Path dir() {
            return dir;
        }

        /** The case's copy of the reference run. */
        Path run() {
            return run;
        }

        /** The reference run's checkpoint, in the case's copy. */
        Path checkpoint() {
            return run.resolve("checkpoint.ckpt");
        }

        Path flow2dCheckpoint() {
            return flow2dCheckpoint;
        }

        /** A small valid points file, for cases whose problem lies elsewhere. */
        Path points() throws Exception {
            return write("points.csv", "x,y\n0.5,0.25\n-1,0\n");
        }

        Path write(String name, String text) throws Exception {
            return write(name, text.getBytes(StandardCharsets.UTF_8));
        }

        Path write(String name, byte[] bytes) throws Exception {
            return Files.write(dir.resolve(name), bytes);
        }

        /** Keeps a resource (a lock held as another run would) until the case has run. */
        <T extends AutoCloseable> T hold(T resource) {
            held.add(resource);
            return resource;
        }

        @Override
        public void close() throws Exception {
            for (AutoCloseable c : held) {
                c.close();
            }
        }
    }
}

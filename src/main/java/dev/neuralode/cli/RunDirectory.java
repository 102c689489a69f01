package dev.neuralode.cli;

import dev.neuralode.io.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A run's output directory, held by one command from start to end: an operating-system lock on
 * {@value #LOCK} refuses a second run on the same directory (in this process or another), naming
 * the holder; and a directory that already holds a run is not written over unless the command
 * resumes it or was told to replace it. Both refusals come before anything is written. A claimed
 * directory is cleared of the temporary files a crash left there, and a directory the claim created
 * is removed again if the command wrote nothing into it (a run refused for a bad setting leaves no
 * trace).
 */
final class RunDirectory implements AutoCloseable {

    static final String LOCK = ".run.lock";

    private final FileChannel channel;
    private final FileLock lock;
    /** The directory, if this claim created it; else null. */
    private final Path created;

    private RunDirectory(FileChannel channel, FileLock lock, Path created) {
        this.channel = channel;
        this.lock = lock;
        this.created = created;
    }

    /**
     * Claims {@code out} for a run.
     *
     * @param resuming  whether the run continues the one in {@code out} ({@code --resume})
     * @param overwrite whether an existing run may be replaced ({@code --overwrite})
     * @param runFiles  files, relative to {@code out}, whose presence means that a run is there
     * @throws IllegalArgumentException naming the directory and the fix when it is a file, in use, or holds a run
     */
    static RunDirectory claim(Path out, boolean resuming, boolean overwrite, List<String> runFiles) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file, not a directory: choose a directory for the run's files");
        }
        Path created = Files.exists(out) ? null : out;
        Files.createDirectories(out);
        FileChannel channel = FileChannel.open(out.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException held) {
            lock = null;
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new IllegalArgumentException(out + " is in use by another run" + holder
                    + ": wait for it to finish, or choose another --out");
        }
        RunDirectory run = new RunDirectory(channel, lock, created);
        try {
            List<String> present = runFiles.stream().filter(f -> Files.exists(out.resolve(f))).collect(Collectors.toList());
            if (!resuming && !overwrite && !present.isEmpty()) {
                throw new IllegalArgumentException(out + " already holds a run (" + String.join(", ", present) + "): continue it with"
                        + " --resume, choose another --out, or add --overwrite to replace it");
            }
            AtomicFiles.removeStaleTemporaries(out);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + ", since " + Instant.now() + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            return run;
        } catch (IOException | RuntimeException e) {
            run.close();
            throw e;
        }
    }

    /** Who holds the lock, as the holder wrote it, or nothing when it cannot be read. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(200);
            channel.read(b, 0);
            String text = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? "" : " (" + text + ")";
        } catch (IOException unreadable) {
            return "";
        }
    }

    /**
     * Releases the directory. The holder's line is cleared first: it describes a run in progress, and a
     * command that was refused for a bad input leaves the directory byte for byte as it found it.
     */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
        if (created != null) {
            try (var entries = Files.list(created)) {
                if (entries.allMatch(p -> p.getFileName().toString().equals(LOCK))) {
                    Files.deleteIfExists(created.resolve(LOCK));
                    Files.deleteIfExists(created);
                }
            }
        }
    }
}

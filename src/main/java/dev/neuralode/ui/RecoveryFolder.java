package dev.neuralode.ui;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One run's folder of recovery files. Every run writes into a folder of its own under the recovery
 * root and holds a lock on the folder's {@value #MARKER} file while it runs, so two windows open at
 * once never write or take each other's files. A clean close deletes the folder; a folder whose
 * marker is still there but no longer locked was left by a run that ended without closing (the
 * operating system releases a dead process's locks), which is how the next start knows of a crash.
 */
final class RecoveryFolder {

    /** The marker, locked while its run is alive. */
    static final String MARKER = "running";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private RecoveryFolder(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** A new folder under {@code root} for this run, its marker written and locked. */
    static RecoveryFolder create(Path root) throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(root), "session-" + ProcessHandle.current().pid() + "-");
        Files.createFile(dir.resolve(MARKER));
        return tryLock(dir).orElseThrow(() -> new IOException("could not lock " + dir.resolve(MARKER)));
    }

    /**
     * The newest folder under {@code root} that a crashed run left with recovery files in it, locked
     * now by this run so that no other start offers it too; empty when there is none.
     */
    static Optional<RecoveryFolder> crashed(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        List<Path> markers;
        try (Stream<Path> dirs = Files.list(root)) {
            markers = dirs.map(d -> d.resolve(MARKER)).filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(RecoveryFolder::modified).reversed()).toList();
        }
        for (Path marker : markers) {
            Optional<RecoveryFolder> folder = tryLock(marker.getParent());
            if (folder.isPresent()) {
                if (!folder.get().files().isEmpty()) {
                    return folder;
                }
                // A run that crashed before its first autosave left only the marker: nothing to offer or keep.
                folder.get().delete();
            }
        }
        return Optional.empty();
    }

    Path dir() {
        return dir;
    }

    /** The recovery files, without the marker and without the temporary file of a write cut short. */
    List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(f -> !f.getFileName().toString().equals(MARKER) && !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** Moves a file of another folder into this one (one rename) and returns where it is now. */
    Path adopt(Path file) throws IOException {
        return Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Deletes the folder with everything in it: the run is over and its files are no longer wanted.
     * A folder already let go is no longer this run's to delete, and stays.
     */
    void delete() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        List<Path> contents;
        try (Stream<Path> all = Files.list(dir)) {
            contents = new ArrayList<>(all.filter(f -> !f.getFileName().toString().equals(MARKER)).toList());
        }
        for (Path f : contents) {
            Files.deleteIfExists(f);
        }
        // The marker goes last, after the lock: until then no other start can take the folder for a crashed one.
        release();
        Files.deleteIfExists(dir.resolve(MARKER));
        Files.deleteIfExists(dir);
    }

    /** Lets go of the folder and leaves its files, as a crash does; once is enough. */
    void release() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** The folder, locked, or empty when a live run holds it (this one included) or has just deleted it. */
    private static Optional<RecoveryFolder> tryLock(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir.resolve(MARKER), StandardOpenOption.WRITE);
        } catch (NoSuchFileException closedMeanwhile) {
            return Optional.empty();
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new RecoveryFolder(dir, channel, lock));
            }
        } catch (OverlappingFileLockException heldHere) {
            // Another window of this process holds it: alive.
        }
        channel.close();
        return Optional.empty();
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException gone) {
            return Long.MIN_VALUE;
        }
    }
}

package dev.neuralode.nn;

import dev.neuralode.autodiff.Tensor;
import dev.neuralode.io.AtomicFiles;
import dev.neuralode.io.UnpackBudget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy {@code .npz} archives of named arrays: a zip file with one {@code <name>.npy} entry per
 * array, as {@code numpy.savez(path, **arrays)} writes and {@code numpy.load(path)} reads. A
 * PyTorch state dict saved with {@code numpy.savez(path, **{k: v.numpy() for k, v in sd.items()})}
 * reads back with the same keys.
 */
public final class Npz {

    private static final String SUFFIX = ".npy";
    /** The fix for an archive that cannot be read: NumPy writes one that can. */
    private static final String SAVE_AGAIN = "save the arrays again with numpy.savez(path, **arrays)";

    private Npz() {
    }

    /**
     * Reads every array of an archive, by name (the entry name without {@code .npy}), in archive order.
     * Values come back C-ordered with the file's dtype (float32, float64, int32 or int64).
     *
     * @throws IOException              when the file cannot be read or is not a zip archive
     * @throws IllegalArgumentException naming the entry when an entry is not a supported array
     */
    public static Map<String, Tensor> read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException(path + " is a directory, not a .npz file: check the path");
        }
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such .npz file");
        }
        Map<String, Tensor> arrays = new LinkedHashMap<>();
        UnpackBudget budget = new UnpackBudget(path.getFileName().toString(), "the file is damaged or holds more than a state dict; "
                + SAVE_AGAIN);
        // ZipFile reads the central directory, which also covers the zip64 entries NumPy writes.
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                String key = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
                try (InputStream in = zip.getInputStream(entry)) {
                    arrays.put(key, Npy.read(budget.read(in, name), path.getFileName() + ":" + name));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(e.getMessage() + "; " + SAVE_AGAIN, e);
                }
            }
        } catch (ZipException e) {
            throw new IOException(path.getFileName() + " is not a .npz (zip) archive, or is cut short; " + SAVE_AGAIN, e);
        }
        return Collections.unmodifiableMap(arrays);
    }

    /**
     * Writes the arrays as an archive, atomically: into a temporary file in the same directory,
     * flushed to disk, then moved over {@code path}, so a reader never sees half a file and a
     * crash leaves the previous file intact.
     */
    public static void write(Path path, Map<String, Tensor> arrays) throws IOException {
        byte[] archive = toBytes(arrays);
        AtomicFiles.write(path, out -> out.write(archive));
    }

    /** The archive {@link #write} would write, in memory (to nest it in another archive, such as a checkpoint). */
    public static byte[] toBytes(Map<String, Tensor> arrays) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(bytes);
        for (Map.Entry<String, Tensor> e : arrays.entrySet()) {
            putStored(zip, e.getKey() + SUFFIX, Npy.write(e.getValue(), e.getKey()));
        }
        zip.finish();
        return bytes.toByteArray();
    }

    /**
     * Reads an archive held in memory.
     *
     * @param name names the archive in error messages
     */
    public static Map<String, Tensor> fromBytes(byte[] archive, String name) throws IOException {
        Map<String, Tensor> arrays = new LinkedHashMap<>();
        UnpackBudget budget = new UnpackBudget(name);
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String entryName = entry.getName();
                String key = entryName.endsWith(SUFFIX) ? entryName.substring(0, entryName.length() - SUFFIX.length()) : entryName;
                arrays.put(key, Npy.read(budget.read(zip, entryName), name + ":" + entryName));
            }
        }
        if (arrays.isEmpty()) {
            throw new IOException(name + " is not a .npz archive or holds no arrays");
        }
        return Collections.unmodifiableMap(arrays);
    }

    /** An uncompressed entry, as numpy.savez writes (float data hardly compresses). */
    private static void putStored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}

package org.campaignkit.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.campaignkit.kit.json.JsonWriter;
import org.campaignkit.kit.source.KitFiles;

/**
 * Saves a kit into a folder. Only files whose content changed are written (so an unedited kit
 * changes no byte, however it was formatted), each one atomically. Saving into another folder
 * (Save As, or a kit opened from a zip) first copies the kit's images, fonts and glossary there. The
 * glossary is never rewritten: the composer does not edit it.
 */
public final class KitWriter {
    private final JsonWriter json = new JsonWriter();

    /** Writes the edited kit into {@code folder}; returns the kit-relative paths it wrote. */
    public List<String> save(KitLoad original, Kit edited, Path folder) throws IOException {
        return save(original, edited, folder, Map.of());
    }

    /**
     * Writes the edited kit and files added to it since it was read (a new background picture,
     * path to content) into {@code folder}, each file atomically; returns the kit-relative paths it
     * wrote. An added file already there with the same content is not written again.
     */
    public List<String> save(KitLoad original, Kit edited, Path folder, Map<String, byte[]> added) throws IOException {
        Files.createDirectories(folder);
        boolean sameFolder = isSameFolder(original.location(), folder);
        List<String> written = new ArrayList<>();
        if (!sameFolder) {
            written.addAll(copyOtherFiles(original.location(), folder));
        }
        AtomicFiles.cleanStaleTemps(folder);
        AtomicFiles.cleanStaleTemps(folder.resolve("texts"));
        // Added files first: kit.json may name them, and a crash in between must not leave it naming a missing file.
        for (String path : new TreeSet<>(added.keySet())) {
            writeAdded(folder, path, added.get(path), written);
        }
        JsonNode kitTree = KitTrees.kitJson(original.originalTrees().get(KitReader.KIT_FILE), edited);
        writeIfChanged(folder, KitReader.KIT_FILE, original.originalTrees().get(KitReader.KIT_FILE), kitTree, sameFolder, written);
        for (Texts texts : edited.texts().values()) {
            String path = KitReader.textsPath(texts.language());
            JsonNode before = original.originalTrees().get(path);
            writeIfChanged(folder, path, before, KitTrees.texts(before, texts), sameFolder, written);
        }
        return written;
    }

    /**
     * Rewrites every JSON file of a kit folder in the canonical layout, content unchanged; returns
     * the paths whose bytes changed.
     */
    public List<String> reformat(KitLoad load, Path folder) throws IOException {
        List<String> written = new ArrayList<>();
        for (var e : load.originalTrees().entrySet()) {
            byte[] canonical = json.write(e.getValue());
            Path file = folder.resolve(e.getKey());
            if (!Arrays.equals(canonical, Files.readAllBytes(file))) {
                AtomicFiles.write(file, canonical);
                written.add(e.getKey());
            }
        }
        return written;
    }

    private static void writeAdded(Path folder, String path, byte[] content, List<String> written) throws IOException {
        String normal = KitPath.normalize(path).orElseThrow(() -> new IOException(
                "\"" + path + "\" is not a path inside the kit; nothing was written for it."));
        Path file = folder.resolve(normal);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
            return;
        }
        AtomicFiles.cleanStaleTemps(file.getParent());
        AtomicFiles.write(file, content);
        if (!written.contains(normal)) {
            written.add(normal);
        }
    }

    private void writeIfChanged(Path folder, String path, JsonNode before, JsonNode after, boolean sameFolder,
            List<String> written) throws IOException {
        if (sameFolder && after.equals(before)) {
            return;
        }
        if (!sameFolder && after.equals(before) && Files.exists(folder.resolve(path))) {
            return; // already copied byte for byte
        }
        AtomicFiles.write(folder.resolve(path), json.write(after));
        written.add(path);
    }

    private static boolean isSameFolder(Path location, Path folder) throws IOException {
        if (location == null || !Files.isDirectory(location)) {
            return false;
        }
        return Files.exists(folder) && Files.isSameFile(location, folder);
    }

    /** Copies every file of the source kit (images, fonts, unchanged texts, the glossary) into a new folder. */
    private static List<String> copyOtherFiles(Path location, Path folder) throws IOException {
        List<String> copied = new ArrayList<>();
        try (KitFiles files = KitFiles.open(location)) {
            for (String path : allPaths(files)) {
                AtomicFiles.write(folder.resolve(path), files.read(path, Long.MAX_VALUE));
                copied.add(path);
            }
        } catch (KitFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        return copied;
    }

    private static List<String> allPaths(KitFiles files) {
        List<String> paths = new ArrayList<>();
        List<String> folders = new ArrayList<>(List.of("", "texts", "images", "fonts"));
        for (String f : folders) {
            for (String p : f.isEmpty() ? List.of(KitReader.KIT_FILE, GlossaryReader.GLOSSARY_FILE) : files.list(f)) {
                if (files.exists(p)) {
                    paths.add(p);
                }
            }
        }
        return paths;
    }
}

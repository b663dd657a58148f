package org.campaignkit.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.campaignkit.kit.AtomicFiles;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitWriter;

/**
 * Unsaved edits kept on this computer while a person works, so a crash or a flat battery loses
 * nothing: a full copy of the edited kit per original location, written atomically, removed when
 * the kit is saved. Nothing leaves the machine.
 */
final class Recovery {
    private static final String ORIGIN = "origin.txt";
    private final Path root;

    Recovery(Path root) {
        this.root = root;
    }

    /** ~/.local/share/campaign-kit/recovery (or under XDG_DATA_HOME, or the campaignkit.recovery property). */
    static Recovery forUser() {
        String chosen = System.getProperty("campaignkit.recovery");
        if (chosen != null && !chosen.isBlank()) {
            return new Recovery(Path.of(chosen));
        }
        return new Recovery(UserFolders.data().resolve("recovery"));
    }

    /** A kept copy: where the kit came from, where its copy is, and when it was written. */
    record Copy(Path origin, Path folder, Instant written) {
    }

    /** Writes the edited kit, with the files added to it (path to content), as a copy for its original location. */
    void keep(KitLoad original, Kit edited, Map<String, byte[]> added) throws IOException {
        Path folder = folderFor(original.location());
        new KitWriter().save(original, edited, folder.resolve("kit"), added);
        AtomicFiles.write(folder.resolve(ORIGIN), original.location().toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The newest kept copy, if any. */
    Optional<Copy> newest() {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve(ORIGIN)) && Files.isDirectory(f.resolve("kit")))
                    .map(Recovery::copyOf).flatMap(Optional::stream)
                    .max(Comparator.comparing(Copy::written));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Forgets the copy of a kit (after it was saved, or the person declined to restore it). */
    void discard(Path origin) {
        try {
            AtomicFiles.deleteTree(folderFor(origin));
        } catch (IOException e) {
            // A copy left behind is offered again next time; nothing is lost.
        }
    }

    private static Optional<Copy> copyOf(Path folder) {
        try {
            Path origin = Path.of(Files.readString(folder.resolve(ORIGIN), StandardCharsets.UTF_8).strip());
            return Optional.of(new Copy(origin, folder.resolve("kit"), Files.getLastModifiedTime(folder.resolve(ORIGIN)).toInstant()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Path folderFor(Path origin) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(origin.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return root.resolve(HexFormat.of().formatHex(hash, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

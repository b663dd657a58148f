package org.campaignkit.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.campaignkit.kit.AtomicFiles;

/**
 * The interface language a person chose in the Language menu, kept in one small file
 * (~/.config/campaign-kit/interface-language) and used from the next start. A missing or broken
 * file means "follow the system".
 */
final class InterfaceLanguageSetting {
    private final Path file;

    InterfaceLanguageSetting(Path file) {
        this.file = file;
    }

    static InterfaceLanguageSetting forUser() {
        return new InterfaceLanguageSetting(UserFolders.config().resolve("interface-language"));
    }

    /** The chosen language tag, if one of ours was chosen. */
    Optional<String> chosen() {
        try {
            String tag = Files.readString(file, StandardCharsets.UTF_8).strip();
            return Ui.LANGUAGES.contains(tag) ? Optional.of(tag) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps a choice for the next start; returns false when it could not be written. */
    boolean choose(String tag) {
        try {
            AtomicFiles.write(file, (tag + "\n").getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

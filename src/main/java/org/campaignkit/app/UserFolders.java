package org.campaignkit.app;

import java.nio.file.Path;

/** Where the composer keeps its own small files on this computer, following the XDG conventions. */
final class UserFolders {
    private UserFolders() {
    }

    /** ~/.config/campaign-kit (or under XDG_CONFIG_HOME): settings and recent kits. */
    static Path config() {
        return base("XDG_CONFIG_HOME", ".config").resolve("campaign-kit");
    }

    /** ~/.local/share/campaign-kit (or under XDG_DATA_HOME): recovery copies. */
    static Path data() {
        return base("XDG_DATA_HOME", ".local/share").resolve("campaign-kit");
    }

    private static Path base(String variable, String underHome) {
        String xdg = System.getenv(variable);
        return xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home")).resolve(underHome);
    }
}

package org.campaignkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A .ckit handed over by the desktop opens the window; anything else with arguments is the command line. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void aLoneExistingCkitFileOpensTheWindow() throws Exception {
        Path kit = Files.writeString(dir.resolve("Campaign.CKIT"), "zip bytes");
        assertThat(Launcher.opensKit(new String[] {kit.toString()})).isTrue();
    }

    @Test
    void commandsMissingFilesAndOtherFilesStayOnTheCommandLine() throws Exception {
        Path zip = Files.writeString(dir.resolve("kit.zip"), "zip bytes");
        assertThat(Launcher.opensKit(new String[] {"check", "--kit", zip.toString()})).isFalse();
        assertThat(Launcher.opensKit(new String[] {dir.resolve("missing.ckit").toString()})).isFalse();
        assertThat(Launcher.opensKit(new String[] {zip.toString()})).isFalse();
        assertThat(Launcher.opensKit(new String[] {"--version"})).isFalse();
    }
}

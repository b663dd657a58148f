package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentKitsTest {
    @TempDir
    Path dir;

    @Test
    void remembersNewestFirstWithoutRepeatsAndAtMostEight() {
        RecentKits recent = new RecentKits(dir.resolve("conf/recent.json"));
        assertThat(recent.list()).isEmpty();
        for (int i = 0; i < 10; i++) {
            recent.remember(dir.resolve("kit" + i));
        }
        recent.remember(dir.resolve("kit5"));
        assertThat(recent.list()).hasSize(RecentKits.MAX).first().isEqualTo(dir.resolve("kit5"));
        assertThat(recent.list()).doesNotHaveDuplicates().doesNotContain(dir.resolve("kit0"));
    }

    @Test
    void aBrokenFileMeansNoRecentKits() throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("conf")).resolve("recent.json"), "{not json");
        assertThat(new RecentKits(file).list()).isEmpty();
    }
}

package org.campaignkit.kit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayKitFilesTest {
    @TempDir
    Path dir;

    @Test
    void addedFilesAreReadListedAndBoundedLikeTheKitsOwnAndTheFolderStaysAsItWas() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        Map<String, byte[]> added = new ConcurrentHashMap<>();
        try (KitFiles files = new OverlayKitFiles(KitFiles.open(kit.folder()), added)) {
            assertThat(files.exists("images/new.png")).isFalse();
            added.put("images/new.png", new byte[] {1, 2, 3});
            assertThat(files.exists("images/new.png")).as("added later, seen at once").isTrue();
            assertThat(files.exists("./images//new.png")).isTrue();
            assertThat(files.read("images/new.png", 10)).containsExactly(1, 2, 3);
            assertThat(files.list("images")).containsExactly("images/bg.png", "images/logo.png", "images/new.png");
            assertThat(files.read("images/bg.png", 1 << 20)).isEqualTo(TestKit.png(64, 64));
            assertThatThrownBy(() -> files.read("images/new.png", 2)).isInstanceOf(KitFormatException.class);
            files.read("images/new.png", 10)[0] = 9;
            assertThat(files.read("images/new.png", 10)[0]).as("callers get a copy").isEqualTo((byte) 1);
        }
        assertThat(kit.path("images/new.png")).doesNotExist();
    }
}

package org.campaignkit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemp() throws IOException {
        Path target = Files.writeString(dir.resolve("kit.json"), "old content");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(target).hasContent("old content");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aSuccessfulWriteReplacesTheFile() throws IOException {
        Path target = Files.writeString(dir.resolve("kit.json"), "old");
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(target).hasContent("new");
    }

    @Test
    void cleansTempFilesACrashLeftBehind() throws IOException {
        Files.writeString(dir.resolve(".kit.json.abc" + AtomicFiles.TEMP_SUFFIX), "partial");
        Path real = Files.writeString(dir.resolve("kit.json"), "real");
        assertThat(AtomicFiles.cleanStaleTemps(dir)).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(real);
        }
    }

    @Test
    void aFolderThatCannotBeCreatedFailsWithItsName() throws IOException {
        Path blocker = Files.writeString(dir.resolve("out"), "a file where a folder should be");
        Path target = blocker.resolve("kit.json");
        assertThatThrownBy(() -> AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("out");
        assertThat(blocker).hasContent("a file where a folder should be");
    }
}

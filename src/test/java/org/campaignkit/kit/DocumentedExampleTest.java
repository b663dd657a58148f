package org.campaignkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaignkit.testing.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small kit that kits/README.md shows authors must really be a clean kit. */
class DocumentedExampleTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeExampleKitChecksClean() throws IOException {
        String readme = Files.readString(Path.of("kits", "README.md"));
        for (String file : new String[] {"kit.json", "texts/en.json", "texts/es.json"}) {
            Matcher block = Pattern.compile("`hello-kit/" + Pattern.quote(file) + "`:\\s*```json\\n(.*?)```", Pattern.DOTALL)
                    .matcher(readme);
            assertThat(block.find()).as("kits/README.md shows hello-kit/" + file).isTrue();
            Path target = dir.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, block.group(1));
        }
        assertThat(Checks.all(dir)).isEmpty();
        assertThat(new KitReader().read(dir).kit().messages()).hasSize(1);
    }
}

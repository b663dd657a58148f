package org.campaignkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignkit.kit.KitFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformRulesTest {
    @TempDir
    Path dir;

    @Test
    void aUserFileOverridesFieldsAndAddsPlatforms() throws Exception {
        Path file = Files.writeString(dir.resolve("platforms.json"), """
                { "platforms": [
                  { "id": "x", "limit": 25000 },
                  { "id": "pixelfed", "name": "Pixelfed", "limit": 2000, "counting": "characters" }
                ] }
                """);
        PlatformRules rules = PlatformRules.load(file);
        assertThat(rules.platform("x").orElseThrow()).satisfies(p -> {
            assertThat(p.limit()).isEqualTo(25000);
            assertThat(p.counting()).isEqualTo(Counting.TWITTER); // untouched fields keep their bundled value
        });
        assertThat(rules.platform("pixelfed").orElseThrow().limit()).isEqualTo(2000);
        assertThat(rules.platform("bluesky").orElseThrow().limit()).isEqualTo(300);
    }

    @Test
    void aBrokenUserFileIsNamedInTheError() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.json"), "{ \"platforms\": [ { \"id\": \"x\", \"limit\": -1 } ] }");
        assertThatThrownBy(() -> PlatformRules.load(file)).isInstanceOf(KitFormatException.class)
                .hasMessageContaining("mine.json").hasMessageContaining("limit");
    }
}

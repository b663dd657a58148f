package org.campaignkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.campaignkit.testing.TestKit;
import org.campaignkit.testing.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zipped kit (.zip or .ckit, with or without a top folder) is the same kit. */
class ZipKitTest {
    @TempDir
    Path dir;

    @Test
    void theBundledKitReadsTheSameFromAZip() throws IOException {
        Kit folder = new KitReader().read(TestKit.BUNDLED).kit();
        for (String prefix : new String[] {"", "un-cybercrime-treaty/"}) {
            Path zip = Zips.zipFolder(TestKit.BUNDLED, dir.resolve("kit" + prefix.length() + ".ckit"), prefix);
            KitLoad load = new KitReader().read(zip);
            assertThat(load.findings()).as(prefix).isEmpty();
            assertThat(load.kit()).as(prefix).isEqualTo(folder);
        }
    }
}

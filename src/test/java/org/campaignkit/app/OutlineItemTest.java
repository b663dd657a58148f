package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignkit.kit.KitReader;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;

class OutlineItemTest {
    @Test
    void outlinesTheBundledKit() {
        OutlineItem outline = OutlineItem.of(new KitReader().read(TestKit.BUNDLED).kit());
        assertThat(outline.label()).startsWith("un-cybercrime-treaty");
        assertThat(outline.children()).extracting(OutlineItem::label)
                .containsExactly("Messages (9)", "Cards (4)", "Documents (3)", "Variables (8)", "Languages (7)");
        assertThat(outline.children().get(4).children()).extracting(OutlineItem::label).contains("en (source)", "ar");
    }
}

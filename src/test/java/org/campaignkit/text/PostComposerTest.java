package org.campaignkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.campaignkit.kit.Message;
import org.junit.jupiter.api.Test;

class PostComposerTest {
    private final PlatformRules rules = PlatformRules.bundled();
    private final Message message = new Message("m", "message.m", Map.of(), List.of("x"),
            "https://example.org/t", List.of("#CybercrimeTreaty", "#HumanRights"), null);

    @Test
    void appendsLinkAndHashtagsAsThePlatformShowsThem() {
        String post = PostComposer.compose(message, rules.platform("x").orElseThrow(), "{{org}} says **no**.", Map.of("org", "ACME"));
        assertThat(post).isEqualTo("ACME says no.\n\nhttps://example.org/t\n\n#CybercrimeTreaty #HumanRights");
    }

    @Test
    void doesNotRepeatAHashtagOrLinkTheTextAlreadyHas() {
        String post = PostComposer.compose(message, rules.platform("x").orElseThrow(),
                "Stop the #cybercrimetreaty now https://example.org/t", Map.of());
        assertThat(post).isEqualTo("Stop the #cybercrimetreaty now https://example.org/t\n\n#HumanRights");
    }

    @Test
    void aLongerTagIsNotTakenForAShorterOne() {
        String post = PostComposer.compose(message, rules.platform("x").orElseThrow(), "#HumanRightsDay", Map.of());
        assertThat(post).endsWith("#CybercrimeTreaty #HumanRights");
    }

    @Test
    void countsHashtags() {
        assertThat(PostComposer.hashtagCount("a #b #c\n\n#d # e")).isEqualTo(3);
    }
}

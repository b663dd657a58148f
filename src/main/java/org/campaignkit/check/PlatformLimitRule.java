package org.campaignkit.check;

import java.util.List;
import java.util.Map;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.Message;
import org.campaignkit.kit.Severity;
import org.campaignkit.kit.Texts;
import org.campaignkit.text.Platform;
import org.campaignkit.text.PostComposer;
import org.campaignkit.text.ValueFormatter;

/** Each message's post, as published on each platform it targets, fits that platform's limit. */
final class PlatformLimitRule implements Rule {
    @Override
    public void check(PreflightContext context, List<Finding> findings) {
        Kit kit = context.kit();
        for (String language : context.languages()) {
            Texts texts = kit.textsOf(language).orElse(null);
            if (texts == null) {
                continue;
            }
            Map<String, String> values = ValueFormatter.values(kit, context.values(), language);
            String file = KitReader.textsPath(language);
            for (Message message : kit.messages()) {
                for (String platformId : message.platforms()) {
                    Platform platform = context.platforms().platform(platformId).orElse(null);
                    String key = message.textKeyFor(platformId);
                    String text = texts.text(key).orElse(null);
                    if (platform == null || text == null) {
                        continue;
                    }
                    String post = PostComposer.compose(message, platform, text, values);
                    int count = platform.count(post);
                    if (count > platform.limit()) {
                        findings.add(new Finding(Severity.ERROR, "over-limit", language, key, file,
                                "message \"" + message.id() + "\" on " + platform.name() + " in " + language + ": "
                                        + count + " of " + platform.limit() + " (" + describe(platform)
                                        + "), " + (count - platform.limit()) + " too many."));
                    }
                    int tags = PostComposer.hashtagCount(post);
                    if (platform.maxHashtags() > 0 && tags > platform.maxHashtags()) {
                        findings.add(new Finding(Severity.ERROR, "over-limit", language, key, file,
                                "message \"" + message.id() + "\" on " + platform.name() + " in " + language + ": "
                                        + tags + " hashtags, " + platform.name() + " allows " + platform.maxHashtags() + "."));
                    }
                }
            }
        }
    }

    private static String describe(Platform platform) {
        return switch (platform.counting()) {
            case TWITTER -> "weighted: CJK and emoji count 2, links 23";
            case GRAPHEMES -> "characters as people see them";
            case CHARACTERS -> platform.urlLength() > 0 ? "characters, links count " + platform.urlLength() : "characters";
        };
    }
}

package org.campaignkit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaignkit.kit.Message;

/**
 * Builds a message's post for one platform exactly as it will be published: the variant or main
 * text with placeholders filled and markup removed, then the link, then the hashtags that the
 * text does not already carry, each part separated by a blank line.
 */
public final class PostComposer {
    private PostComposer() {
    }

    public static String compose(Message message, Platform platform, String text, Map<String, String> values) {
        String body = InlineMarkup.plainText(Placeholders.fill(text, values)).strip();
        List<String> parts = new ArrayList<>();
        parts.add(body);
        if (platform.linkInPost() && message.link() != null && !body.contains(message.link())) {
            parts.add(message.link());
        }
        List<String> tags = new ArrayList<>();
        String lower = body.toLowerCase(Locale.ROOT);
        for (String tag : message.hashtags()) {
            if (!containsTag(lower, tag.toLowerCase(Locale.ROOT))) {
                tags.add(tag);
            }
        }
        if (!tags.isEmpty()) {
            parts.add(String.join(" ", tags));
        }
        return String.join("\n\n", parts);
    }

    /** Hashtags a post carries in all, in its text and appended. */
    public static int hashtagCount(String post) {
        int count = 0;
        for (String word : post.split("\\s+")) {
            if (word.length() > 1 && word.charAt(0) == '#') {
                count++;
            }
        }
        return count;
    }

    private static boolean containsTag(String lowerBody, String lowerTag) {
        int at = lowerBody.indexOf(lowerTag);
        while (at >= 0) {
            int end = at + lowerTag.length();
            if (end == lowerBody.length() || !Character.isLetterOrDigit(lowerBody.charAt(end))) {
                return true;
            }
            at = lowerBody.indexOf(lowerTag, end);
        }
        return false;
    }
}

package org.campaignkit.export.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.Message;
import org.campaignkit.text.Counting;
import org.campaignkit.text.Platform;
import org.campaignkit.text.PostComposer;
import org.campaignkit.text.TextDirection;

/**
 * Every message of a kit on every platform it targets, in one language, in kit order: what the
 * CSV, XLSX, Hootsuite and document writers all show. Built once per language.
 *
 * @param fallback true when some text is the source language standing in for a missing translation
 */
public record MessageSheet(String language, TextDirection direction, boolean fallback, List<MessageRow> rows) {

    public MessageSheet {
        rows = List.copyOf(rows);
    }

    public static MessageSheet of(ExportContext context, LocalizedTexts texts) {
        LocalizedTexts file = texts.forFile();
        String extension = context.options().imageFormat().extension();
        List<MessageRow> rows = new ArrayList<>();
        for (Message message : context.kit().messages()) {
            Card card = message.cardId() == null ? null : context.kit().card(message.cardId()).orElse(null);
            String alt = card == null ? null : file.text(card.altKey());
            for (String platformId : message.platforms()) {
                Platform platform = context.platforms().platform(platformId).orElseGet(() -> withoutRules(platformId));
                rows.add(row(message, platform, file.text(message.textKeyFor(platformId)), card, alt, extension));
            }
        }
        return new MessageSheet(texts.language(), texts.direction(), file.usedFallback(), rows);
    }

    private static MessageRow row(Message message, Platform platform, String text, Card card, String alt,
            String extension) {
        // The text is already filled by LocalizedTexts; filling it again could expand a value that itself looks like {{x}}.
        String post = PostComposer.compose(message, platform, text, Map.of());
        String withoutLink = PostComposer.compose(message, withoutLink(platform), text, Map.of());
        String cardFile = card == null ? null : CardFileNames.fileFor(card, platform.id(), extension).orElse(null);
        return new MessageRow(message.id(), platform.id(), platform.name(), post, withoutLink, platform.count(post),
                platform.limit(), PostComposer.hashtagCount(post), platform.maxHashtags(), message.link(),
                card == null ? null : card.id(), cardFile, alt);
    }

    /** A platform the rules do not know (preflight warns): counted as plain characters, with no limit. */
    private static Platform withoutRules(String id) {
        return new Platform(id, id, 0, Counting.CHARACTERS, 0, 0, true);
    }

    private static Platform withoutLink(Platform p) {
        return new Platform(p.id(), p.name(), p.limit(), p.counting(), p.urlLength(), p.maxHashtags(), false);
    }

    /** The platforms of the rows, each once, in the order they first appear. */
    public List<String> platformIds() {
        return rows.stream().map(MessageRow::platformId).distinct().toList();
    }

    /** The messages of the rows, each once, in kit order. */
    public List<String> messageIds() {
        return rows.stream().map(MessageRow::messageId).distinct().toList();
    }
}

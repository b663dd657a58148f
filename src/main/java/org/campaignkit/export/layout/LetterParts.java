package org.campaignkit.export.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.kit.Document;
import org.campaignkit.text.TextDirection;
import org.campaignkit.text.ValueFormatter;

/**
 * What a letter adds around its blocks: sender, date, recipient, subject and salutation before
 * them; closing and signature after. Parts made of the kit's values appear only when the kit
 * declares the variable and it has a value; they run the language's way, each value set off
 * when it runs the other way (an English name in an Arabic letter).
 */
final class LetterParts {
    private final LocalizedTexts texts;
    private final Conventions conventions;
    private final TextDirection languageDirection;

    LetterParts(LocalizedTexts texts, Conventions conventions) {
        this.texts = texts;
        this.conventions = conventions;
        this.languageDirection = KitText.directionOf("", texts.language());
    }

    /** Sender, date, recipient, subject and salutation, in that order; each left out when it has nothing to say. */
    List<Paragraph> opening(Document document, LocalDate date) {
        List<Paragraph> out = new ArrayList<>();
        lines(ParagraphStyle.SENDER, List.of(value("organization", true), value("city", false),
                labelled("contact_email", conventions::email), labelled("contact_phone", conventions::phone)))
                .ifPresent(out::add);
        if (date != null) {
            out.add(ParagraphMaker.plain(ParagraphStyle.DATE, ValueFormatter.formatDate(date, texts.language()),
                    languageDirection, Alignment.END));
        }
        lines(ParagraphStyle.RECIPIENT, List.of(value("representative_name", false), value("representative_title", false)))
                .ifPresent(out::add);
        if (document.subjectKey() != null) {
            KitText.Part subject = KitText.whole(texts, document.subjectKey());
            if (!subject.text().isEmpty()) {
                out.add(ParagraphMaker.marked(ParagraphStyle.SUBJECT, conventions.subject(subject.text()),
                        subject.direction(), Alignment.START));
            }
        }
        keyed(ParagraphStyle.SALUTATION, document.salutationKey()).ifPresent(out::add);
        return out;
    }

    /** Closing ("Yours sincerely,") and signature (contact name, organization). */
    List<Paragraph> ending(Document document) {
        List<Paragraph> out = new ArrayList<>();
        keyed(ParagraphStyle.CLOSING, document.closingKey()).ifPresent(out::add);
        lines(ParagraphStyle.SIGNATURE, List.of(value("contact_name", true), value("organization", false)))
                .ifPresent(out::add);
        return out;
    }

    private Optional<Paragraph> keyed(ParagraphStyle style, String key) {
        if (key == null) {
            return Optional.empty();
        }
        KitText.Part part = KitText.whole(texts, key);
        return part.text().isEmpty() ? Optional.empty()
                : Optional.of(ParagraphMaker.marked(style, part, Alignment.START));
    }

    /** One paragraph of the lines that are there, running the language's way. */
    private Optional<Paragraph> lines(ParagraphStyle style, List<Optional<Span>> lines) {
        List<Span> spans = new ArrayList<>();
        for (Optional<Span> line : lines) {
            line.ifPresent(span -> {
                if (!spans.isEmpty()) {
                    spans.add(Span.plain("\n"));
                }
                spans.add(span);
            });
        }
        return spans.isEmpty() ? Optional.empty()
                : Optional.of(new Paragraph(style, languageDirection, Alignment.START, spans));
    }

    /** A value on its own line, when the kit declares the variable and it has a value. */
    private Optional<Span> value(String name, boolean bold) {
        return KitText.hasValue(texts, name)
                ? Optional.of(new Span(KitText.isolate(texts.value(name).strip(), languageDirection), bold, false, null))
                : Optional.empty();
    }

    /** A value with its label ("E-mail: ..."). */
    private Optional<Span> labelled(String name, UnaryOperator<String> label) {
        return KitText.hasValue(texts, name)
                ? Optional.of(Span.plain(label.apply(KitText.isolate(texts.value(name).strip(), languageDirection))))
                : Optional.empty();
    }
}

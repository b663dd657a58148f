package org.campaignkit.app;

import java.util.ArrayList;
import java.util.List;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.Document;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Message;
import org.campaignkit.kit.Variable;

/** A node of the kit outline and the string keys it holds, built without the toolkit so it can be tested plainly. */
public record OutlineItem(String label, Kind kind, String id, List<String> keys, List<OutlineItem> children) {

    /** What a node stands for; groups and the kit itself hold no strings. */
    public enum Kind {
        KIT, GROUP, MESSAGE, CARD, DOCUMENT, VARIABLE, LANGUAGE
    }

    public static OutlineItem of(Kit kit) {
        List<OutlineItem> groups = new ArrayList<>();
        groups.add(group(Ui.text("outline.messages", kit.messages().size()),
                kit.messages().stream().map(OutlineItem::message).toList()));
        groups.add(group(Ui.text("outline.cards", kit.cards().size()),
                kit.cards().stream().map(OutlineItem::card).toList()));
        groups.add(group(Ui.text("outline.documents", kit.documents().size()),
                kit.documents().stream().map(OutlineItem::document).toList()));
        groups.add(group(Ui.text("outline.variables", kit.variables().size()),
                kit.variables().stream().map(OutlineItem::variable).toList()));
        groups.add(group(Ui.text("outline.languages", kit.languages().size()),
                kit.languages().stream().map(l -> leaf(l.equals(kit.sourceLanguage()) ? Ui.text("outline.sourceLanguage", l) : l,
                        Kind.LANGUAGE, l,
                        List.of()))
                        .toList()));
        return new OutlineItem(kit.id() + " " + kit.version(), Kind.KIT, kit.id(), List.of(), groups);
    }

    private static OutlineItem card(Card c) {
        return leaf(Ui.text("outline.card", c.id(), c.layout().word(), c.sizes().size()), Kind.CARD, c.id(),
                nonNull(c.headlineKey(), c.sublineKey(), c.altKey()));
    }

    private static OutlineItem document(Document d) {
        return leaf(Ui.text("outline.document", d.id(), d.type().word(), d.blocks().size()), Kind.DOCUMENT, d.id(), d.keys());
    }

    private static OutlineItem variable(Variable v) {
        return leaf(v.required() ? Ui.text("outline.requiredVariable", v.name()) : v.name(), Kind.VARIABLE, v.name(), nonNull(v.labelKey()));
    }

    private static OutlineItem message(Message m) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(m.textKey());
        keys.addAll(m.variantKeys().values());
        return leaf(Ui.text("outline.message", m.id(), m.platforms().size()), Kind.MESSAGE, m.id(), keys);
    }

    private static OutlineItem group(String label, List<OutlineItem> children) {
        return new OutlineItem(label, Kind.GROUP, label, List.of(), children);
    }

    private static OutlineItem leaf(String label, Kind kind, String id, List<String> keys) {
        return new OutlineItem(label, kind, id, List.copyOf(keys), List.of());
    }

    private static List<String> nonNull(String... keys) {
        return java.util.Arrays.stream(keys).filter(java.util.Objects::nonNull).toList();
    }
}

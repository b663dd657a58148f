package org.campaignkit.app;

import java.util.ArrayList;
import java.util.List;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.Document;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Message;
import org.campaignkit.kit.Variable;

/** A node of the kit outline, built without the toolkit so it can be tested plainly. */
public record OutlineItem(String label, List<OutlineItem> children) {

    public static OutlineItem of(Kit kit) {
        List<OutlineItem> groups = new ArrayList<>();
        groups.add(group("Messages (" + kit.messages().size() + ")",
                kit.messages().stream().map(m -> leaf(m.id() + " — " + String.join(", ", m.platforms()))).toList()));
        groups.add(group("Cards (" + kit.cards().size() + ")",
                kit.cards().stream().map(OutlineItem::card).toList()));
        groups.add(group("Documents (" + kit.documents().size() + ")",
                kit.documents().stream().map(OutlineItem::document).toList()));
        groups.add(group("Variables (" + kit.variables().size() + ")",
                kit.variables().stream().map(OutlineItem::variable).toList()));
        groups.add(group("Languages (" + kit.languages().size() + ")",
                kit.languages().stream().map(l -> leaf(l + (l.equals(kit.sourceLanguage()) ? " (source)" : ""))).toList()));
        return new OutlineItem(kit.id() + " " + kit.version(), groups);
    }

    private static OutlineItem card(Card c) {
        return leaf(c.id() + " — " + c.layout().word() + ", " + c.sizes().size() + " sizes");
    }

    private static OutlineItem document(Document d) {
        return leaf(d.id() + " — " + d.type().word() + ", " + d.blocks().size() + " blocks");
    }

    private static OutlineItem variable(Variable v) {
        return leaf(v.name() + (v.required() ? " (required)" : ""));
    }

    @SuppressWarnings("unused")
    private static OutlineItem message(Message m) {
        return leaf(m.id());
    }

    private static OutlineItem group(String label, List<OutlineItem> children) {
        return new OutlineItem(label, children);
    }

    private static OutlineItem leaf(String label) {
        return new OutlineItem(label, List.of());
    }
}

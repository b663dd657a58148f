package org.campaignkit.app;

import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Texts;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.PostComposer;
import org.campaignkit.text.ValueFormatter;

/**
 * Each platform's post for the selected message, exactly as it will be published, with its count
 * against the platform's limit: composed by the same PostComposer as the exports. Cheap enough to
 * run on every keystroke.
 */
final class PostPreviews {
    private final PlatformRules platforms;
    private final ObservableList<PostPreview> posts = FXCollections.observableArrayList();

    PostPreviews(PlatformRules platforms) {
        this.platforms = platforms;
    }

    /** The posts of {@code item} in {@code language}, or none when it is not a message. */
    void show(Kit kit, OutlineItem item, String language) {
        if (item.kind() != OutlineItem.Kind.MESSAGE) {
            posts.clear();
            return;
        }
        kit.message(item.id()).ifPresentOrElse(message -> {
            Map<String, String> values = ValueFormatter.values(kit, Map.of(), language);
            Texts target = kit.textsOf(language).orElse(new Texts(language, Map.of()));
            posts.setAll(message.platforms().stream().map(id -> platforms.platform(id).map(platform -> {
                String key = message.textKeyFor(id);
                String source = kit.sourceTexts().text(key).orElse("");
                // A missing string, or a draft still holding the copied source, is not a translation yet.
                boolean translated = language.equals(kit.sourceLanguage())
                        || target.entry(key).filter(e -> !e.isUntranslatedCopy(source)).isPresent();
                String text = translated ? target.text(key).orElse(source) : source;
                String post = PostComposer.compose(message, platform, text, values);
                return new PostPreview(platform.name(), post, platform.count(post), platform.limit(), !translated);
            }).orElse(null)).filter(Objects::nonNull).toList());
        }, posts::clear);
    }

    void clear() {
        posts.clear();
    }

    ObservableList<PostPreview> list() {
        return posts;
    }
}

package org.campaignkit.app;

import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Under the strings: for a message, each platform's post exactly as it will be published, with
 * its count against the limit (red when over) and a button to copy it; for a card, the card drawn
 * by the export's renderer.
 */
final class PreviewPane {
    private static final double CARD_WIDTH = 420;

    private final VBox box = new VBox(8);
    private final VBox posts = new VBox(10);
    private final ImageView card = new ImageView();
    private final Label cardNote = new Label();

    PreviewPane(ComposerViewModel model) {
        box.setPadding(new Insets(10));
        card.setFitWidth(CARD_WIDTH);
        card.setPreserveRatio(true);
        card.setId("card-preview");
        card.setAccessibleText(Ui.text("preview.card.accessible"));
        box.getChildren().addAll(posts, new CardEditorView(model.cards(), card).node(), cardNote);
        model.posts().addListener((ListChangeListener<PostPreview>) change -> showPosts(model));
        model.cardPreviewProperty().addListener((obs, old, image) ->
                card.setImage(image == null ? null : SwingFXUtils.toFXImage(image, null)));
        cardNote.textProperty().bind(model.cardPreviewNoteProperty());
    }

    VBox node() {
        return box;
    }

    private void showPosts(ComposerViewModel model) {
        posts.getChildren().clear();
        if (model.posts().isEmpty()) {
            return;
        }
        posts.getChildren().add(new Label(Ui.text("preview.posts")));
        for (PostPreview preview : model.posts()) {
            Label count = new Label(preview.over()
                    ? Ui.text("preview.count.over", preview.platform(), preview.count(), preview.limit(), preview.count() - preview.limit())
                    : Ui.text("preview.count", preview.platform(), preview.count(), preview.limit()));
            count.setStyle("-fx-font-weight: bold; -fx-text-fill: " + (preview.over() ? "#a4262c" : "#1b6e34") + ";");
            count.setId("count-" + preview.platform());
            Button copy = new Button(Ui.text("preview.copy"));
            copy.setId("copy-" + preview.platform());
            copy.setAccessibleText(Ui.text("preview.copy.accessible", preview.platform()));
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(preview.post());
                Clipboard.getSystemClipboard().setContent(content);
            });
            // The post reads in its own language's direction and face, whatever the interface's.
            WrappedText post = new WrappedText(preview.post());
            String kitSource = model.kitProperty().get().sourceLanguage();
            post.setLanguage(preview.sourceStandsIn() ? kitSource : model.targetLanguageProperty().get());
            post.setId("post-" + preview.platform());
            post.maxWidthProperty().bind(box.widthProperty().subtract(24));
            posts.getChildren().add(new HBox(10, count, copy));
            if (preview.sourceStandsIn()) {
                WrappedText note = new WrappedText(Ui.text("preview.sourceStandsIn"));
                note.setFill(javafx.scene.paint.Color.web("#8a4b00"));
                posts.getChildren().add(note);
            }
            posts.getChildren().add(post);
        }
    }
}

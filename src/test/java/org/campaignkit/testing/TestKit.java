package org.campaignkit.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/** Writes a small, valid kit into a folder so a test can break one thing at a time. */
public final class TestKit {
    public static final Path BUNDLED = Path.of("kits", "un-cybercrime-treaty");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path folder;

    private TestKit(Path folder) {
        this.folder = folder;
    }

    /** A kit with en (source) and es, one message, one card with an image, one press release. */
    public static TestKit create(Path folder) {
        TestKit kit = new TestKit(folder);
        kit.write("kit.json", """
                {
                  "format": "campaign-kit/1",
                  "id": "test-kit",
                  "version": "1",
                  "sourceLanguage": "en",
                  "languages": ["en", "es"],
                  "brand": { "colors": { "primary": "#4B1D78" }, "logo": "images/logo.png" },
                  "variables": [
                    { "name": "organization", "label": "var.organization", "required": true },
                    { "name": "release_date", "label": "var.release_date", "type": "date" }
                  ],
                  "values": { "organization": "Test Org" },
                  "messages": [
                    { "id": "m1", "text": "message.m1", "platforms": ["x", "bluesky"], "link": "https://example.org/a",
                      "hashtags": ["#Tag"], "card": "c1" }
                  ],
                  "cards": [
                    { "id": "c1", "background": "images/bg.png", "focus": [0.5, 0.5], "layout": "center",
                      "headline": "card.c1.headline", "alt": "card.c1.alt", "sizes": ["instagram-square"] }
                  ],
                  "documents": [
                    { "id": "pr", "type": "press-release", "blocks": [ { "kind": "headline", "text": "press.headline" } ] }
                  ]
                }
                """);
        kit.write("texts/en.json", """
                {
                  "language": "en",
                  "strings": {
                    "var.organization": "Organization",
                    "var.release_date": "Release date",
                    "message.m1": "{{organization}} says hello.",
                    "card.c1.headline": "Hello",
                    "card.c1.alt": "A card that says hello",
                    "press.headline": "News on {{release_date}}"
                  }
                }
                """);
        kit.write("texts/es.json", """
                {
                  "language": "es",
                  "strings": {
                    "var.organization": { "text": "Organización", "status": "reviewed", "source": "Organization" },
                    "var.release_date": "Fecha",
                    "message.m1": { "text": "{{organization}} saluda.", "status": "translated", "source": "{{organization}} says hello." },
                    "card.c1.headline": "Hola",
                    "card.c1.alt": "Una tarjeta que saluda",
                    "press.headline": "Noticias del {{release_date}}"
                  }
                }
                """);
        kit.writeBytes("images/bg.png", png(64, 64));
        kit.writeBytes("images/logo.png", png(32, 16));
        return kit;
    }

    /** The kit as the reader reads it now. */
    public org.campaignkit.kit.KitLoad load() {
        return new org.campaignkit.kit.KitReader().read(folder);
    }

    public Path folder() {
        return folder;
    }

    public Path path(String relative) {
        return folder.resolve(relative);
    }

    public TestKit write(String relative, String content) {
        return writeBytes(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestKit writeBytes(String relative, byte[] content) {
        try {
            Path file = folder.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public String read(String relative) {
        try {
            return Files.readString(folder.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits a JSON file of the kit as a tree. */
    public TestKit editJson(String relative, Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(folder.resolve(relative).toFile());
            edit.accept(root);
            return write(relative, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(int width, int height) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.campaignkit.memory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.campaignkit.kit.AtomicFiles;

/**
 * The memory's file: {@code {"format": "campaign-kit-memory/1", "segments": [ {sl, st, tl, tt, kit, key}, ... ]}},
 * oldest first. Read with a streaming parser within bounds; a file that is damaged, too large or of
 * another format is moved aside (nothing is lost silently) and the memory starts empty.
 */
final class MemoryStore {
    static final String FILE = "segments.json";
    static final String FORMAT = "campaign-kit-memory/1";
    /** 50,000 segments of long paragraphs stay well below this. */
    static final long MAX_FILE_BYTES = 64L << 20;

    private final Path file;
    private final JsonFactory json = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8)
                    .maxStringLength(TranslationMemory.MAX_TEXT_CHARS * 4).maxDocumentLength(MAX_FILE_BYTES).build())
            .build();

    MemoryStore(Path folder) {
        this.file = folder.resolve(FILE);
    }

    Path file() {
        return file;
    }

    /** The stored segments, oldest first; empty when there is no store or it cannot be read. */
    List<Segment> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IOException("larger than " + MAX_FILE_BYTES + " bytes");
            }
            try (InputStream in = Files.newInputStream(file); JsonParser parser = json.createParser(in)) {
                return parse(parser);
            }
        } catch (IOException | RuntimeException e) {
            setAside();
            return List.of();
        }
    }

    private static List<Segment> parse(JsonParser p) throws IOException {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        String format = null;
        List<Segment> segments = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("format")) {
                format = p.getValueAsString();
            } else if (name.equals("segments")) {
                expect(value == JsonToken.START_ARRAY);
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Segment s = segment(p);
                    if (s != null && segments.size() < TranslationMemory.MAX_SEGMENTS) {
                        segments.add(s);
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        expect(FORMAT.equals(format));
        return segments;
    }

    private static Segment segment(JsonParser p) throws IOException {
        String sl = null, st = null, tl = null, tt = null, kit = null, key = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            String v = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
            p.skipChildren();
            switch (name) {
                case "sl" -> sl = v;
                case "st" -> st = v;
                case "tl" -> tl = v;
                case "tt" -> tt = v;
                case "kit" -> kit = v;
                case "key" -> key = v;
                default -> { }
            }
        }
        if (sl == null || st == null || tl == null || tt == null || kit == null || key == null
                || !TranslationMemory.fits(st) || !TranslationMemory.fits(tt)) {
            return null; // one bad segment does not cost the others
        }
        return new Segment(sl, st, tl, tt, kit, key);
    }

    private static void expect(boolean ok) throws IOException {
        if (!ok) {
            throw new IOException("not a translation memory file");
        }
    }

    /** Keeps a store we cannot read next to the new one, instead of overwriting it unseen. */
    private void setAside() {
        try {
            Files.move(file, file.resolveSibling(FILE + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException ignored) {
            // The memory is a convenience: if even this fails, the next save simply replaces the file.
        }
    }

    /** Writes every segment, oldest first, atomically; the bytes depend only on the segments. */
    void write(List<Segment> segments) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = json.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeArrayFieldStart("segments");
            for (Segment s : segments) {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("sl", s.sourceLanguage());
                g.writeStringField("st", s.sourceText());
                g.writeStringField("tl", s.targetLanguage());
                g.writeStringField("tt", s.targetText());
                g.writeStringField("kit", s.kitId());
                g.writeStringField("key", s.key());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        bytes.write('\n');
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, bytes.toByteArray());
    }
}

package org.campaignkit.kit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.KitFormatException;

/**
 * Reads kit JSON strictly and safely: UTF-8 only, duplicate keys refused, nesting and string sizes
 * bounded, every error turned into a finding naming the file and the line and column or JSON pointer.
 */
public final class JsonCodec {
    /** Deeper than any real kit; stops stack exhaustion from "[[[[[...". */
    public static final int MAX_NESTING = 64;
    /** One string of a kit (a press release paragraph) never needs more. */
    public static final int MAX_STRING_CHARS = 200_000;
    /** The largest JSON file of a kit. */
    public static final long MAX_FILE_BYTES = 16L << 20;
    /**
     * JSON tokens in one file. Bounds the tree's size in memory: 16 MB of tiny entries would
     * otherwise build hundreds of megabytes of nodes. A real texts file has a few thousand.
     */
    public static final long MAX_TOKENS = 500_000;

    private final ObjectMapper mapper;

    public JsonCodec() {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_STRING_CHARS)
                .maxNumberLength(64)
                .maxNameLength(1_000)
                .maxDocumentLength(MAX_FILE_BYTES)
                .maxTokenCount(MAX_TOKENS)
                .build();
        mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .build();
        mapper.getFactory().setStreamReadConstraints(constraints);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Parses bytes that must be UTF-8 JSON into a tree. */
    public JsonNode parse(String file, byte[] bytes) throws KitFormatException {
        String text = decodeUtf8(file, bytes);
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            JsonNode node = mapper.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new KitFormatException(Finding.error("invalid-kit", file, "The file is empty; it should hold a JSON object."));
            }
            if (parser.nextToken() != null) {
                throw new KitFormatException(Finding.error("invalid-kit", file,
                        at(parser.currentLocation()) + "there is more text after the end of the JSON object."));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new KitFormatException(Finding.error("invalid-kit", file, describe(e)));
        } catch (java.io.IOException e) {
            throw new KitFormatException(Finding.error("invalid-kit", file, "Cannot be read: " + e.getMessage()));
        }
    }

    /** Binds a tree to a record, reporting type errors with a JSON pointer to the field. */
    public <T> T bind(String file, JsonNode node, Class<T> type) throws KitFormatException {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new KitFormatException(Finding.error("invalid-kit", file, describe(e)));
        }
    }

    static String decodeUtf8(String file, byte[] bytes) throws KitFormatException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes, start);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new KitFormatException(Finding.error("invalid-kit", file,
                    "line " + line + ": the file is not valid UTF-8 (byte " + offset
                            + "); save it as UTF-8 in your editor."));
        }
    }

    private static int firstInvalidUtf8(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /** Turns Jackson's exception into one sentence with line/column or a JSON pointer. */
    static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message != null) {
            int cut = message.indexOf("\n");
            message = cut >= 0 ? message.substring(0, cut) : message;
            message = message.replaceAll(" \\(for Object starting at.*", "")
                    .replaceAll("\\(class [^)]*\\)", "")
                    .replaceAll("`[a-z.]+\\.([A-Za-z$]+)`", "$1")
                    .replaceAll("\\s+", " ").trim();
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                && mismatch.getTargetType() != null) {
            return "at " + pointer(mismatch) + ": expected " + expected(mismatch.getTargetType()) + found(message) + ".";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "at " + pointer(mapping) + ": wrong type or value (" + message + ").";
        }
        return at(e.getLocation()) + message + ".";
    }

    private static String expected(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list [ ... ]";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object { ... }";
        }
        if (type == String.class) {
            return "a string in quotes";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a " + type.getSimpleName();
    }

    private static String found(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("from (String|Object|Array|Number|Boolean|Integer|Floating-point)[a-z ]*value")
                .matcher(message == null ? "" : message);
        if (m.find()) {
            return ", found " + switch (m.group(1)) {
                case "String" -> "a string";
                case "Object" -> "an object";
                case "Array" -> "a list";
                case "Boolean" -> "true/false";
                default -> "a number";
            };
        }
        if (message != null && message.contains("START_ARRAY")) {
            return ", found a list";
        }
        if (message != null && message.contains("START_OBJECT")) {
            return ", found an object";
        }
        return "";
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/');
            if (ref.getFieldName() != null) {
                sb.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                sb.append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
}

package org.campaignkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.campaignkit.kit.source.ZipLimits;
import org.campaignkit.testing.Checks;
import org.campaignkit.testing.TestKit;
import org.campaignkit.testing.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit is a file from a stranger. Each bad input gets a finding naming the file (and line or
 * field), never an exception. The timeout is a guard against hangs, not a speed target.
 */
@Timeout(60)
class HostileInputTest {
    @TempDir
    Path dir;

    private TestKit kit() {
        return TestKit.create(dir.resolve("kit"));
    }

    private static Finding only(List<Finding> findings, String code) {
        return Checks.first(findings, code);
    }

    /** The test kit zipped, with one of its files replaced by {@code size} zero bytes. */
    private Path kitZipWithZeros(String name, String replaced, long size) throws IOException {
        TestKit kit = kit();
        Path zip = dir.resolve(name);
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String file : List.of("kit.json", "texts/en.json", "texts/es.json", "images/bg.png", "images/logo.png")) {
                out.putNextEntry(new ZipEntry(file));
                if (file.equals(replaced)) {
                    Zips.writeZeros(out, size);
                } else {
                    out.write(Files.readAllBytes(kit.path(file)));
                }
            }
        }
        return zip;
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() {
        TestKit kit = kit().write("kit.json", "{\n  \"format\": \"campaign-kit/1\",\n  \"id\": \"x\" \"oops\"\n}");
        Finding f = only(Checks.all(kit.folder()), "invalid-kit");
        assertThat(f.file()).isEqualTo("kit.json");
        assertThat(f.message()).contains("line 3");
    }

    @Test
    void wrongTypeNamesTheJsonPointer() {
        TestKit kit = kit().editJson("kit.json", root -> root.withArray("messages").addObject()
                .put("id", "m2").put("text", "message.m1").put("platforms", "x"));
        Finding f = only(Checks.all(kit.folder()), "invalid-kit");
        assertThat(f.file()).isEqualTo("kit.json");
        assertThat(f.message()).contains("/messages/1/platforms");
    }

    @Test
    void wrongTypeInTextsNamesTheEntry() {
        TestKit kit = kit().write("texts/es.json", "{\"language\":\"es\",\"strings\":{\"message.m1\": 42}}");
        Finding f = only(Checks.all(kit.folder()), "invalid-kit");
        assertThat(f.file()).isEqualTo("texts/es.json");
        assertThat(f.language()).isEqualTo("es");
        assertThat(f.message()).contains("/strings/message.m1");
    }

    @Test
    void unknownFormatVersionIsUnsupported() {
        TestKit kit = kit().editJson("kit.json", root -> root.put("format", "campaign-kit/2"));
        Finding f = only(Checks.all(kit.folder()), "unsupported-format");
        assertThat(f.message()).contains("campaign-kit/2").contains("newer");
    }

    @Test
    void missingFormatIsInvalid() {
        TestKit kit = kit().editJson("kit.json", root -> root.remove("format"));
        assertThat(only(Checks.all(kit.folder()), "invalid-kit").message()).contains("/format");
    }

    @Test
    void duplicateKeysAreRefusedWithTheirLine() {
        TestKit kit = kit().write("texts/es.json",
                "{\n\"language\": \"es\",\n\"strings\": {\n\"a\": \"uno\",\n\"a\": \"dos\"\n}\n}");
        Finding f = only(Checks.all(kit.folder()), "invalid-kit");
        assertThat(f.file()).isEqualTo("texts/es.json");
        assertThat(f.message()).contains("Duplicate").contains("line 5");
    }

    @Test
    void invalidUtf8IsRefusedWithItsLine() {
        byte[] head = "{\n\"language\": \"es\",\n\"strings\": {\"a\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] tail = "\"}}".getBytes(StandardCharsets.UTF_8);
        ByteBuffer all = ByteBuffer.allocate(head.length + bad.length + tail.length).put(head).put(bad).put(tail);
        TestKit kit = kit().writeBytes("texts/es.json", all.array());
        Finding f = only(Checks.all(kit.folder()), "invalid-kit");
        assertThat(f.file()).isEqualTo("texts/es.json");
        assertThat(f.message()).contains("UTF-8").contains("line 3");
    }

    @Test
    void hugeStringsAreRefused() {
        String huge = "x".repeat(1_000_000);
        TestKit kit = kit().write("texts/es.json", "{\"language\":\"es\",\"strings\":{\"a\":\"" + huge + "\"}}");
        Finding f = only(Checks.all(kit.folder()), "invalid-kit");
        assertThat(f.file()).isEqualTo("texts/es.json");
        assertThat(f.message()).containsIgnoringCase("length");
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        TestKit kit = kit().write("kit.json", "{\"format\":\"campaign-kit/1\",\"x\":" + deep + "}");
        Finding f = only(Checks.all(kit.folder()), "invalid-kit");
        assertThat(f.message()).containsIgnoringCase("nesting");
    }

    @Test
    void millionsOfTinyEntriesAreRefusedBeforeTheyFillMemory() {
        StringBuilder json = new StringBuilder("{\"language\":\"es\",\"strings\":{");
        for (int i = 0; i < 600_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"\"");
        }
        TestKit kit = kit().write("texts/es.json", json.append("}}").toString());
        Finding f = only(Checks.all(kit.folder()), "invalid-kit");
        assertThat(f.file()).isEqualTo("texts/es.json");
        assertThat(f.message()).containsIgnoringCase("token");
    }

    @Test
    void tooManyMessagesAreRefused() {
        TestKit kit = kit().editJson("kit.json", root -> {
            var messages = root.withArray("messages");
            for (int i = 0; i < 2_001; i++) {
                messages.addObject().put("id", "m" + i).put("text", "message.m1");
            }
        });
        assertThat(only(Checks.all(kit.folder()), "invalid-kit").message()).contains("/messages").contains("at most 2000");
    }

    @Test
    void oversizedJsonFileIsRefusedBeforeParsing() {
        byte[] big = new byte[(int) (17L << 20)];
        java.util.Arrays.fill(big, (byte) ' ');
        TestKit kit = kit().writeBytes("texts/es.json", big);
        Finding f = only(Checks.all(kit.folder()), "invalid-kit");
        assertThat(f.file()).isEqualTo("texts/es.json");
        assertThat(f.message()).contains("MB");
    }

    @Test
    void pathsThatLeaveTheKitAreFindings() {
        TestKit kit = kit().editJson("kit.json", root -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("brand")).put("logo", "../../etc/passwd");
            ((com.fasterxml.jackson.databind.node.ObjectNode) root.withArray("cards").get(0)).put("background", "/etc/shadow.png");
        });
        List<Finding> findings = Checks.withCode(Checks.all(kit.folder()), "path-outside-kit");
        assertThat(findings).hasSize(2);
        assertThat(findings).extracting(Finding::message).anyMatch(m -> m.contains("/brand/logo"))
                .anyMatch(m -> m.contains("/cards/0/background"));
    }

    @Test
    void symlinkOutOfTheKitIsOutside() throws IOException {
        TestKit kit = kit();
        Path outside = Files.writeString(dir.resolve("secret.png"), "secret");
        Files.delete(kit.path("images/bg.png"));
        Files.createSymbolicLink(kit.path("images/bg.png"), outside);
        Finding f = only(Checks.all(kit.folder()), "missing-file");
        assertThat(f.file()).isEqualTo("images/bg.png");
    }

    @Test
    void zipSlipEntriesAreIgnoredAndReported() throws IOException {
        TestKit kit = kit();
        Path zip = Zips.zipFolder(kit.folder(), dir.resolve("kit.zip"), "");
        Path evil = dir.resolve("evil.zip");
        try (var in = new java.util.zip.ZipFile(zip.toFile()); var out = new ZipOutputStream(Files.newOutputStream(evil))) {
            for (var e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(in.getInputStream(e).readAllBytes());
            }
            out.putNextEntry(new ZipEntry("../../outside.txt"));
            out.write("x".getBytes(StandardCharsets.UTF_8));
        }
        List<Finding> findings = Checks.all(evil);
        Finding f = only(findings, "path-outside-kit");
        assertThat(f.file()).contains("evil.zip").contains("../../outside.txt");
        assertThat(Files.exists(dir.getParent().resolve("outside.txt"))).isFalse();
    }

    @Test
    void zipBombIsRefused() throws IOException {
        Finding f = only(Checks.all(kitZipWithZeros("bomb.ckit", "texts/es.json", 200L << 20)), "invalid-kit");
        assertThat(f.file()).isEqualTo("texts/es.json");
        assertThat(f.message()).contains("MB");
    }

    @Test
    void highRatioEntryIsRefusedAsABomb() throws IOException {
        Finding f = only(Checks.all(kitZipWithZeros("ratio.zip", "images/bg.png", 30L << 20)), "invalid-kit");
        assertThat(f.file()).isEqualTo("images/bg.png");
        assertThat(f.message()).contains("zip bomb");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Path zip = dir.resolve("many.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 50; i++) {
                out.putNextEntry(new ZipEntry("images/" + i + ".png"));
            }
        }
        KitLoad load = new KitReader(new ZipLimits(20, 1 << 20, 1 << 20, 100)).read(zip);
        assertThat(load.kit()).isNull();
        assertThat(load.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("invalid-kit");
            assertThat(f.message()).contains("50 entries");
        });
    }

    @Test
    void declaredTotalSizeAboveTheBoundIsRefused() throws IOException {
        Path zip = dir.resolve("big.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("kit.json"));
            Zips.writeZeros(out, 3L << 20);
        }
        KitLoad load = new KitReader(new ZipLimits(100, 1L << 20, 1L << 20, 1000)).read(zip);
        assertThat(load.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("unpacks to 3 MB"));
    }

    @Test
    void aFileThatIsNotAZipIsAFinding() throws IOException {
        Path fake = Files.writeString(dir.resolve("kit.ckit"), "this is not a zip");
        Finding f = only(Checks.all(fake), "invalid-kit");
        assertThat(f.file()).contains("kit.ckit");
    }

    @Test
    void imageThatIsNotAnImageIsBad() {
        TestKit kit = kit().write("images/bg.png", "<html>not an image</html>");
        Finding f = only(Checks.all(kit.folder()), "bad-image");
        assertThat(f.file()).isEqualTo("images/bg.png");
        assertThat(f.message()).contains("card \"c1\"").contains("not a PNG or JPEG");
    }

    @Test
    void imageDeclaringHugeDimensionsIsRefusedWithoutDecoding() throws IOException {
        TestKit kit = kit().writeBytes("images/bg.png", pngHeader(100_000, 100_000));
        Finding f = only(Checks.all(kit.folder()), "bad-image");
        assertThat(f.message()).contains("100000 x 100000");
    }

    @Test
    void missingImageAndTextsFilesAreFindings() throws IOException {
        TestKit kit = kit();
        Files.delete(kit.path("images/bg.png"));
        Files.delete(kit.path("texts/es.json"));
        List<Finding> findings = Checks.all(kit.folder());
        assertThat(only(findings, "missing-file").file()).isEqualTo("images/bg.png");
        Finding lang = only(findings, "missing-language-file");
        assertThat(lang.file()).isEqualTo("texts/es.json");
        assertThat(lang.language()).isEqualTo("es");
    }

    @Test
    void aFolderWithoutKitJsonSaysSo() {
        Finding f = only(Checks.all(dir), "missing-file");
        assertThat(f.file()).isEqualTo("kit.json");
        assertThat(f.message()).contains("not a kit");
    }

    @Test
    void aBadFontIsAFinding() {
        TestKit kit = kit().write("fonts/Brand.ttf", "not a font at all").editJson("kit.json", root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("brand")).putObject("fonts").put("body", "fonts/Brand.ttf"));
        assertThat(only(Checks.all(kit.folder()), "bad-font").file()).isEqualTo("fonts/Brand.ttf");
    }

    /** A PNG signature and an IHDR chunk declaring the given size, with no pixel data at all. */
    static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        out.write(ByteBuffer.allocate(4).putInt(13).array());
        out.write(ihdr.array());
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}

package org.campaignkit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.campaignkit.kit.BlockKind;
import org.campaignkit.kit.Document;
import org.campaignkit.kit.DocumentType;

/**
 * One ZIP per language for journalists: the language's files, their manifest and a README.txt
 * that says what is inside and whom to call. Entry times are the export date and entries are
 * sorted, so the same export gives the same bytes.
 */
final class PressPack {
    private PressPack() {
    }

    static String fileName(String kitId, String language) {
        return kitId + "-" + language + "-press-pack.zip";
    }

    static void write(OutputStream out, Path staging, String language, List<ExportedFile> files, LocalizedTexts texts,
            LocalDate date) throws IOException {
        String prefix = language + "/";
        List<ExportedFile> own = files.stream().filter(f -> f.path().startsWith(prefix))
                .sorted(Comparator.comparing(ExportedFile::path)).toList();
        List<ExportedFile> relative = own.stream().map(f -> new ExportedFile(f.path().substring(prefix.length()), f.kind(),
                f.language(), f.format(), f.width(), f.height(), f.id(), f.fallback(), f.sha256())).toList();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "README.txt", readme(texts, relative).getBytes(StandardCharsets.UTF_8), date);
            entry(zip, "manifest.json", Manifest.json(texts.kit(), relative), date);
            for (int i = 0; i < own.size(); i++) {
                entry(zip, relative.get(i).path(), Files.readAllBytes(staging.resolve(own.get(i).path())), date);
            }
        }
    }

    /** Formats that are compressed already: deflating them again costs time and saves nothing. */
    private static final java.util.Set<String> STORED = java.util.Set.of("png", "jpg", "jpeg", "docx", "xlsx", "zip");

    private static void entry(ZipOutputStream zip, String name, byte[] bytes, LocalDate date) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(date.atStartOfDay());
        if (STORED.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT))) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The index a journalist reads first: the story, the contact, and what each file is. */
    static String readme(LocalizedTexts texts, List<ExportedFile> files) {
        StringBuilder out = new StringBuilder();
        var kit = texts.kit();
        out.append("PRESS PACK — ").append(kit.id()).append(" (").append(texts.language()).append(")\r\n\r\n");
        kit.documents().stream().filter(d -> d.type() == DocumentType.PRESS_RELEASE).findFirst()
                .ifPresent(d -> headline(d, texts).ifPresent(h -> out.append(h).append("\r\n\r\n")));
        String name = texts.value("contact_name");
        String email = texts.value("contact_email");
        String phone = texts.value("contact_phone");
        if (name != null || email != null || phone != null) {
            out.append("Media contact: ");
            out.append(String.join(", ", java.util.stream.Stream.of(name, email, phone)
                    .filter(v -> v != null && !v.isBlank()).toList())).append("\r\n\r\n");
        }
        out.append("Files:\r\n");
        for (ExportedFile f : files) {
            out.append("  ").append(f.path()).append("  — ").append(describe(f)).append("\r\n");
        }
        out.append("\r\nImage descriptions for screen readers are in cards/alt-text.txt.\r\n");
        out.append("manifest.json lists every file with its SHA-256 checksum.\r\n");
        return out.toString();
    }

    private static java.util.Optional<String> headline(Document d, LocalizedTexts texts) {
        return d.blocks().stream().filter(b -> b.kind() == BlockKind.HEADLINE).findFirst()
                .map(b -> texts.get(b.textKey()).text());
    }

    private static String describe(ExportedFile f) {
        String what = switch (f.kind()) {
            case PRESS_RELEASE -> "press release";
            case LETTER -> "letter to a representative";
            case DOCUMENT -> "document";
            case CARD -> "image card";
            case MESSAGE_SHEET -> "suggested social media posts";
            case SCHEDULE -> "posts for a scheduler or spreadsheet";
            case ALT_TEXT -> "image descriptions";
            case PACK -> "press pack";
        };
        String size = f.width() != null ? ", " + f.width() + " x " + f.height() + " px" : "";
        return what + " (" + f.format().toUpperCase(java.util.Locale.ROOT) + size + ")"
                + (f.fallback() ? " — some text is in the source language" : "");
    }
}

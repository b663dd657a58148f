package org.campaignkit.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.campaignkit.kit.AtomicFiles;
import org.campaignkit.kit.Glossary;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitWriter;
import org.campaignkit.text.PlatformRules;

/**
 * Sends a kit's language to a translator and takes the translation back: what the composer's view
 * model and the command line call. Export writes the file atomically; import returns the updated
 * kit and a report without saving (the composer makes it an undoable edit), and {@link #save}
 * writes the changed texts file atomically.
 */
public final class ExchangeService {
    private final ExchangeBuilder builder;

    public ExchangeService(PlatformRules platforms) {
        this(platforms, Glossary.EMPTY);
    }

    public ExchangeService(PlatformRules platforms, Glossary glossary) {
        this.builder = new ExchangeBuilder(platforms, glossary);
    }

    /** Writes the edited kit's strings in {@code language} to {@code out} in {@code format}, atomically. */
    public void exportFile(KitLoad load, Kit edited, String language, ExchangeFormat format, Path out)
            throws IOException, ExchangeException {
        AtomicFiles.write(out, bytes(edited, language, format));
    }

    /** The bytes of the file {@link #exportFile} writes. */
    public byte[] bytes(Kit kit, String language, ExchangeFormat format) throws IOException, ExchangeException {
        ExchangeDocument doc = builder.build(kit, language);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        format.write(doc, bytes);
        return bytes.toByteArray();
    }

    /**
     * Reads a translator's file (XLIFF 2.0, 1.2 or PO, told apart by content) and applies it to the
     * edited kit; nothing is saved. Units that were refused are in the report; the others are applied.
     */
    public ImportResult importFile(KitLoad load, Kit edited, Path in) throws IOException, ExchangeException {
        String name = in.getFileName() == null ? in.toString() : in.getFileName().toString();
        byte[] bytes = readBounded(in, name);
        ExchangeFormat format = ExchangeFormat.detect(bytes, name);
        ImportedFile file;
        try {
            file = format.read(bytes, name);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // A reader bug met by a strange file must still end in a sentence, never a stack trace.
            throw new ExchangeException(name + ": the " + format.title() + " file could not be read: " + e.getMessage(), e);
        }
        return TranslationImport.apply(edited, file);
    }

    /** Saves an imported kit into its folder: only the changed texts file is written, atomically. */
    public List<String> save(KitLoad load, ImportResult result) throws IOException {
        return new KitWriter().save(load, result.kit(), load.location());
    }

    private static byte[] readBounded(Path in, String name) throws IOException, ExchangeException {
        if (!Files.isRegularFile(in)) {
            throw new NoSuchFileException(in.toString(), null, "no such file");
        }
        if (Files.size(in) > ExchangeLimits.MAX_BYTES) {
            throw new ExchangeException(name + ": the file is " + Files.size(in) / (1024 * 1024) + " MB; a translation file of a kit"
                    + " is far smaller (at most " + ExchangeLimits.MAX_BYTES / (1024 * 1024) + " MB is read).");
        }
        try (InputStream stream = Files.newInputStream(in)) {
            byte[] bytes = stream.readNBytes((int) ExchangeLimits.MAX_BYTES + 1);
            if (bytes.length > ExchangeLimits.MAX_BYTES) {
                throw new ExchangeException(name + ": the file grew past " + ExchangeLimits.MAX_BYTES / (1024 * 1024)
                        + " MB while it was read.");
            }
            return bytes;
        }
    }
}

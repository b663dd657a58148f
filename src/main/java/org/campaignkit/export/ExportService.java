package org.campaignkit.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.campaignkit.kit.AtomicFiles;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;

/**
 * Runs an export: every exporter for every language writes into a staging folder inside the
 * target; only when all of them succeeded are the files moved into place and the manifest
 * written. A failed or cancelled export (bad kit, read-only folder, full disk) leaves the target
 * as it was, with no partial file.
 */
public final class ExportService {
    private static final String STAGING_PREFIX = ".campaign-kit-export-";

    private final List<Exporter> exporters;

    public ExportService(List<Exporter> exporters) {
        this.exporters = List.copyOf(exporters);
    }

    /** What was written, manifest included. */
    public record Result(List<ExportedFile> files, Path manifest) {
    }

    /**
     * @param preflight the findings of the kit's checks for these languages; blocking ones refuse the export
     */
    public Result export(ExportContext context, List<String> languages, List<Finding> preflight, boolean zip, Path out,
            ExportListener listener) throws IOException, ExportRefusedException {
        List<Finding> blocking = ExportGate.blocking(preflight, context.options().allowMissing());
        if (!blocking.isEmpty()) {
            throw new ExportRefusedException(blocking);
        }
        Path staging = createStaging(out);
        try {
            StagingSink sink = new StagingSink(staging);
            List<Exporter> active = exporters.stream().filter(e -> e.kinds().stream().anyMatch(context.options()::wants)).toList();
            int total = languages.size() * active.size();
            int done = 0;
            for (String language : languages) {
                LocalizedTexts texts = LocalizedTexts.of(context.kit(), language, context.options().values(),
                        context.options().allowMissing());
                for (Exporter exporter : active) {
                    if (listener.cancelled()) {
                        throw new IOException("The export was cancelled; nothing was written to " + out + ".");
                    }
                    listener.step(language, exporter.getClass().getSimpleName(), done++, total);
                    try {
                        exporter.export(context, texts, sink);
                    } catch (MissingTranslationException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                }
            }
            List<ExportedFile> files = new ArrayList<>(sink.written());
            if (zip && context.options().wants(OutputKind.PACK)) {
                for (String language : languages) {
                    files.add(pack(context, language, files, sink));
                }
            }
            listener.step("", "finishing", total, total);
            return commit(context.kit(), staging, files, out);
        } finally {
            deleteTree(staging);
        }
    }

    private static ExportedFile pack(ExportContext context, String language, List<ExportedFile> files, StagingSink sink)
            throws IOException {
        LocalizedTexts texts = LocalizedTexts.of(context.kit(), language, context.options().values(), true);
        boolean fallback = files.stream().anyMatch(f -> language.equals(f.language()) && f.fallback());
        return sink.write(PressPack.fileName(context.kit().id(), language),
                new ExportSink.Meta(OutputKind.PACK, language, null, fallback, null, null),
                o -> PressPack.write(o, sink.staging(), language, files, texts, context.options().date()));
    }

    private static Path createStaging(Path out) throws IOException {
        try {
            Files.createDirectories(out);
            AtomicFiles.cleanStaleTemps(out);
            return Files.createDirectory(out.resolve(STAGING_PREFIX + UUID.randomUUID() + AtomicFiles.TEMP_SUFFIX));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Cannot export into " + out + ": a file with that name is in the way.", e);
        } catch (IOException e) {
            throw new IOException("Cannot write into the folder " + out + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Choose a folder you can write to.", e);
        }
    }

    private static Result commit(Kit kit, Path staging, List<ExportedFile> files, Path out) throws IOException {
        for (ExportedFile f : files) {
            Path target = out.resolve(f.path());
            Files.createDirectories(target.getParent());
            try {
                Files.move(staging.resolve(f.path()), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging.resolve(f.path()), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path manifest = out.resolve("manifest.json");
        AtomicFiles.write(manifest, Manifest.json(kit, files));
        return new Result(files.stream().sorted(Comparator.comparing(ExportedFile::path)).toList(), manifest);
    }

    private static void deleteTree(Path folder) {
        try {
            AtomicFiles.deleteTree(folder);
        } catch (IOException ignored) {
            // A leftover staging folder is named as temporary and removed by the next export.
        }
    }
}

package org.campaignkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportListener;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.ExportRefusedException;
import org.campaignkit.export.ExportService;
import org.campaignkit.export.KitChecks;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.PageSize;
import org.campaignkit.export.StandardExporters;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.KitFonts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: write documents, cards, message sheets and press packs for one or more languages. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a kit's materials for each language into a folder, with manifest.json.",
                "Refuses (exit 1, findings printed) when the kit has errors, a required value is empty, or",
                "translations are missing (unless --allow-missing). Nothing is written unless all succeeds."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kit", required = true, paramLabel = "PATH", description = "Kit folder, .zip or .ckit file.")
    Path kit;

    @Option(names = "--lang", required = true, split = ",", paramLabel = "L", description = "Languages, or 'all'.")
    List<String> languages;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if needed).")
    Path out;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "A variable value (overrides the kit's).")
    Map<String, String> values = new LinkedHashMap<>();

    @Option(names = "--only", split = ",", paramLabel = "KIND",
            description = "Only these outputs: press-release, letter, document, card, message-sheet, schedule, alt-text, pack.")
    List<String> only = new ArrayList<>();

    @Option(names = "--allow-missing", description = "Use the source text where a translation is missing (marked fallback).")
    boolean allowMissing;

    @Option(names = "--zip", description = "Also write one press pack ZIP per language.")
    boolean zip;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Export date (default: today); fixes every date inside the files.")
    String date;

    @Option(names = "--page", paramLabel = "SIZE", description = "a4 or letter (default: by the language's region).")
    String page;

    @Option(names = "--embargo", paramLabel = "TEXT", description = "Embargo line instead of 'for immediate release'.")
    String embargo;

    @Option(names = "--jpeg", description = "Write cards as JPEG instead of PNG.")
    boolean jpeg;

    @Option(names = "--platforms", paramLabel = "FILE", description = "Platform rules overriding the built-in ones.")
    Path platformsFile;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        ExportOptions options;
        PlatformRules platforms;
        try {
            options = options();
            platforms = platformsFile != null ? PlatformRules.load(platformsFile) : PlatformRules.forUser();
        } catch (IllegalArgumentException | KitFormatException e) {
            err.println("campaign-kit export: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        KitLoad load = new KitReader().read(kit);
        if (load.kit() == null) {
            spec.commandLine().getOut().print(FindingsText.render(kit.toString(), null, load.findings()));
            return ExitCodes.ERRORS;
        }
        Kit k = load.kit();
        List<String> langs = languages.size() == 1 && languages.get(0).equals("all") ? k.languages() : languages;
        for (String l : langs) {
            if (!k.languages().contains(l)) {
                err.println("campaign-kit export: the kit has no language \"" + l + "\"; it has " + String.join(", ", k.languages()) + ".");
                return ExitCodes.USAGE;
            }
        }
        try (KitFiles files = KitFiles.open(kit)) {
            FontBook fonts = KitFonts.forKit(k, files);
            List<Finding> findings = KitChecks.run(load, files, fonts, platforms, options.values(), langs);
            ExportContext context = new ExportContext(k, files, fonts, platforms, options);
            ExportService.Result result = new ExportService(StandardExporters.all())
                    .export(context, langs, findings, zip, out, ExportListener.NONE);
            spec.commandLine().getOut().println("Exported " + result.files().size() + " files for " + String.join(", ", langs)
                    + " into " + out + " (see " + result.manifest().getFileName() + ").");
            return ExitCodes.OK;
        } catch (ExportRefusedException e) {
            spec.commandLine().getOut().print(FindingsText.render(kit.toString(), k, e.findings()));
            spec.commandLine().getOut().println("Nothing was exported.");
            return ExitCodes.ERRORS;
        } catch (KitFormatException e) {
            spec.commandLine().getOut().print(FindingsText.render(kit.toString(), k, List.of(e.finding())));
            return ExitCodes.ERRORS;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("campaign-kit export: " + e.getMessage());
            err.println("Nothing was exported; " + out + " is as it was.");
            return ExitCodes.ERRORS;
        }
    }

    private ExportOptions options() {
        LocalDate day;
        try {
            day = date == null ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date is written YYYY-MM-DD, e.g. 2026-12-01.");
        }
        Set<OutputKind> kinds = EnumSet.noneOf(OutputKind.class);
        for (String word : only) {
            kinds.add(OutputKind.parse(word).orElseThrow(() -> new IllegalArgumentException("--only: unknown output \"" + word
                    + "\"; use press-release, letter, document, card, message-sheet, schedule, alt-text or pack.")));
        }
        PageSize pageSize = page == null ? null : PageSize.parse(page)
                .orElseThrow(() -> new IllegalArgumentException("--page is a4 or letter."));
        Map<String, String> merged = new LinkedHashMap<>(values);
        return new ExportOptions(merged, kinds, allowMissing, day, pageSize, embargo,
                jpeg ? ExportOptions.ImageFormat.JPEG : ExportOptions.ImageFormat.PNG);
    }
}

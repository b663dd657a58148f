package org.campaignkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.campaignkit.export.KitChecks;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.fonts.KitFonts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code check}: preflight a kit and print what is wrong, for people or as JSON. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a kit before export: structure, files, translations, placeholders and platform limits.",
                "Exit code: 0 no errors (warnings allowed), 1 errors found, 2 usage error."})
public final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kit", required = true, paramLabel = "PATH", description = "Kit folder, .zip or .ckit file.")
    Path kit;

    @Option(names = "--lang", split = ",", paramLabel = "L", description = "Languages to check (default: all of the kit's).")
    List<String> languages = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "A variable value, as at export.")
    Map<String, String> values = new LinkedHashMap<>();

    @Option(names = "--platforms", paramLabel = "FILE",
            description = "Platform rules overriding the built-in ones (default: ~/.config/campaign-kit/platforms.json if present).")
    Path platformsFile;

    @Override
    public Integer call() {
        PlatformRules platforms;
        try {
            platforms = platformsFile != null ? PlatformRules.load(platformsFile) : PlatformRules.forUser();
        } catch (KitFormatException e) {
            spec.commandLine().getErr().println("campaign-kit check: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        KitReader reader = new KitReader();
        KitLoad load = reader.read(kit);
        List<String> checked = load.kitIfRead().map(k -> k.languages()).orElse(List.of());
        if (!languages.isEmpty() && load.kit() != null) {
            for (String l : languages) {
                if (!checked.contains(l)) {
                    spec.commandLine().getErr().println("campaign-kit check: the kit has no language \"" + l
                            + "\"; it has " + String.join(", ", checked) + ".");
                    return ExitCodes.USAGE;
                }
            }
            checked = languages;
        }
        List<Finding> findings;
        if (load.kit() == null) {
            findings = load.findings();
        } else {
            try (KitFiles files = KitFiles.open(kit)) {
                findings = KitChecks.run(load, files, KitFonts.forKit(load.kit(), files), platforms, values, checked);
            } catch (KitFormatException e) {
                findings = List.of(e.finding());
            }
        }
        var out = spec.commandLine().getOut();
        out.print(format == Format.json ? FindingsJson.render(findings) : FindingsText.render(kit.toString(), load.kit(), findings));
        out.flush();
        return findings.stream().anyMatch(Finding::isError) ? ExitCodes.ERRORS : ExitCodes.OK;
    }
}

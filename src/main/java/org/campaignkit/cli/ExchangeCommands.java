package org.campaignkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.campaignkit.exchange.ExchangeException;
import org.campaignkit.exchange.ExchangeFormat;
import org.campaignkit.exchange.ExchangeService;
import org.campaignkit.exchange.ImportResult;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;
import org.campaignkit.text.PlatformRules;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code xliff} and {@code po} export and import share: open the kit, run the service, print, exit code. */
final class ExchangeCommands {
    private ExchangeCommands() {
    }

    static int export(CommandSpec spec, String command, Path kitPath, String language, ExchangeFormat format, Path out) {
        PrintWriter err = spec.commandLine().getErr();
        KitLoad load = new KitReader().read(kitPath);
        if (load.kit() == null) {
            spec.commandLine().getOut().print(FindingsText.render(kitPath.toString(), null, load.findings()));
            return ExitCodes.ERRORS;
        }
        Kit kit = load.kit();
        if (!kit.languages().contains(language) || language.equals(kit.sourceLanguage())) {
            err.println("campaign-kit " + command + ": " + (language.equals(kit.sourceLanguage())
                    ? "\"" + language + "\" is the kit's source language; choose one to translate into"
                    : "the kit has no language \"" + language + "\"") + "; it has " + String.join(", ", kit.languages()) + ".");
            return ExitCodes.USAGE;
        }
        try {
            service(kit).exportFile(load, kit, language, format, out);
        } catch (ExchangeException | IOException | IllegalStateException e) {
            err.println("campaign-kit " + command + ": " + e.getMessage());
            return ExitCodes.ERRORS;
        }
        spec.commandLine().getOut().println("Wrote " + out + ": " + format.title() + ", " + kit.sourceLanguage() + " to " + language
                + ", for a translator's tool. Import it back with the matching import command.");
        return ExitCodes.OK;
    }

    static int importFile(CommandSpec spec, String command, Path kitPath, Path in) {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(kitPath)) {
            err.println("campaign-kit " + command + ": " + kitPath + (Files.exists(kitPath)
                    ? " is a .ckit/.zip file; translations are imported into a kit folder. Unzip it into a folder,"
                            + " import into that folder, and zip it again to share it."
                    : " does not exist; --kit names the kit folder to import into."));
            return ExitCodes.USAGE;
        }
        KitLoad load = new KitReader().read(kitPath);
        if (load.kit() == null) {
            out.print(FindingsText.render(kitPath.toString(), null, load.findings()));
            return ExitCodes.ERRORS;
        }
        ExchangeService service;
        try {
            service = service(load.kit());
        } catch (IllegalStateException e) {
            err.println("campaign-kit " + command + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            ImportResult result = service.importFile(load, load.kit(), in);
            List<String> written = result.report().changes().isEmpty() ? List.of() : service.save(load, result);
            result.report().lines().forEach(out::println);
            out.println(written.isEmpty() ? "The kit was not changed." : "Saved " + String.join(", ", written) + ".");
            if (result.report().hasRefusals()) {
                out.println(result.report().refused().size() + " unit(s) were refused (listed above); every other unit was applied.");
                return ExitCodes.ERRORS;
            }
            return ExitCodes.OK;
        } catch (NoSuchFileException e) {
            err.println("campaign-kit " + command + ": " + in + " does not exist.");
            return ExitCodes.USAGE;
        } catch (ExchangeException e) {
            err.println("campaign-kit " + command + ": " + e.getMessage());
            err.println("Nothing was imported.");
            return ExitCodes.ERRORS;
        } catch (IOException e) {
            err.println("campaign-kit " + command + ": cannot read or save: " + e.getMessage() + ". Nothing was imported.");
            return ExitCodes.ERRORS;
        }
    }

    /** The exchange service with the person's platform rules and the kit's glossary (for XLIFF 2.0's glossary). */
    private static ExchangeService service(Kit kit) {
        try {
            return new ExchangeService(PlatformRules.forUser(), kit.glossary());
        } catch (KitFormatException e) {
            throw new IllegalStateException("your platform rules cannot be read: " + e.getMessage(), e);
        }
    }
}

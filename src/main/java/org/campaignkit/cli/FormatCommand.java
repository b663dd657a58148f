package org.campaignkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.KitWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code format}: rewrites a kit folder's JSON in the canonical layout, for clean diffs in git. */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = {"Rewrite a kit folder's kit.json and texts files in the canonical layout "
                + "(two-space indent, UTF-8, LF, keys in their order). Content is not changed."})
public final class FormatCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kit", required = true, paramLabel = "FOLDER", description = "Kit folder.")
    Path kit;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(kit)) {
            spec.commandLine().getErr().println("campaign-kit format: " + kit + " is not a kit folder (zips are not rewritten).");
            return ExitCodes.USAGE;
        }
        KitLoad load = new KitReader().read(kit);
        List<Finding> errors = load.findings().stream().filter(Finding::isError).toList();
        if (load.kit() == null || !errors.isEmpty()) {
            spec.commandLine().getErr().print(FindingsText.render(kit.toString(), load.kit(), errors));
            spec.commandLine().getErr().println("Nothing was rewritten: fix the errors first.");
            return ExitCodes.ERRORS;
        }
        List<String> written = new KitWriter().reformat(load, kit);
        spec.commandLine().getOut().println(written.isEmpty() ? "Already in canonical form." : "Rewrote " + String.join(", ", written) + ".");
        return ExitCodes.OK;
    }
}

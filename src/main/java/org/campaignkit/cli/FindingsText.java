package org.campaignkit.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Severity;

/** Findings for people: grouped by language, each line naming the file and key. */
final class FindingsText {
    private FindingsText() {
    }

    static String render(String location, Kit kit, List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        out.append(kit == null ? "Kit " + location : "Kit " + kit.id() + " " + kit.version() + " (" + location + ")").append('\n');
        Map<String, StringBuilder> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            String group = f.language() == null ? "Whole kit" : "Language " + f.language();
            StringBuilder lines = groups.computeIfAbsent(group, g -> new StringBuilder());
            lines.append(String.format("  %-7s %-20s %s%s%n", f.severity().word(), f.code(),
                    f.file() == null ? "" : f.file() + (f.key() == null ? "" : " [" + f.key() + "]") + ": ", f.message()));
        }
        groups.forEach((group, lines) -> out.append('\n').append(group).append(":\n").append(lines));
        long errors = count(findings, Severity.ERROR);
        long warnings = count(findings, Severity.WARNING);
        long infos = count(findings, Severity.INFO);
        out.append('\n').append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning, " : " warnings, ")
                .append(infos).append(infos == 1 ? " note.\n" : " notes.\n");
        if (errors == 0 && warnings == 0) {
            out.append("The kit is ready to export.\n");
        }
        return out.toString();
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}

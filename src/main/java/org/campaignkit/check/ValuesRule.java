package org.campaignkit.check;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Severity;
import org.campaignkit.kit.Variable;
import org.campaignkit.text.ValueFormatter;

/** Required variables have values, and values fit their type (dates are ISO, e-mails look like e-mails). */
final class ValuesRule implements Rule {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    @Override
    public void check(PreflightContext context, List<Finding> findings) {
        Kit kit = context.kit();
        Map<String, String> values = context.effectiveValues();
        for (Variable variable : kit.variables()) {
            String value = values.get(variable.name());
            if (value == null || value.isBlank()) {
                if (variable.required()) {
                    findings.add(new Finding(Severity.WARNING, "missing-value", null, variable.name(), "kit.json",
                            "the required variable \"" + variable.name() + "\" has no value; set it in the app or with --set "
                                    + variable.name() + "=... (an export refuses without it)."));
                }
                continue;
            }
            String problem = switch (variable.type()) {
                case DATE -> ValueFormatter.parseDate(value).isPresent() ? null : "a date is written YYYY-MM-DD, e.g. 2026-12-01";
                case EMAIL -> EMAIL.matcher(value.trim()).matches() ? null : "this does not look like an e-mail address";
                case URL -> URL.matcher(value.trim()).matches() ? null : "a link starts with https://";
                default -> null;
            };
            if (problem != null) {
                findings.add(new Finding(Severity.ERROR, "invalid-value", null, variable.name(), "kit.json",
                        "value \"" + value + "\" of \"" + variable.name() + "\": " + problem + "."));
            }
        }
        for (String name : values.keySet()) {
            if (kit.variable(name).isEmpty()) {
                findings.add(new Finding(Severity.WARNING, "unknown-variable", null, name, "kit.json",
                        "a value is given for \"" + name + "\", which kit.json does not declare as a variable."));
            }
        }
    }
}

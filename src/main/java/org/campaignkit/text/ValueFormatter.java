package org.campaignkit.text;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Variable;
import org.campaignkit.kit.VariableType;

/** Turns variable values into the text a language shows: dates in that language's long form. */
public final class ValueFormatter {
    private ValueFormatter() {
    }

    /** Parses an ISO date (2026-12-01), the one form a kit stores dates in. */
    public static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A date as the language writes it, e.g. "1 de diciembre de 2026" or "2026年12月1日". */
    public static String formatDate(LocalDate date, String languageTag) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, ULocale.forLanguageTag(languageTag));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(Date.from(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }

    public static String format(Variable variable, String value, String languageTag) {
        if (variable != null && variable.type() == VariableType.DATE) {
            return parseDate(value).map(d -> formatDate(d, languageTag)).orElse(value);
        }
        return value;
    }

    /** Every value of the kit, overridden by the person's own, formatted for one language. */
    public static Map<String, String> values(Kit kit, Map<String, String> overrides, String languageTag) {
        Map<String, String> raw = new LinkedHashMap<>(kit.values());
        raw.putAll(overrides);
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((name, value) -> out.put(name, format(kit.variable(name).orElse(null), value, languageTag)));
        return out;
    }
}

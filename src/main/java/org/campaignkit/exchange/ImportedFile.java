package org.campaignkit.exchange;

import java.util.List;

/** What a translator's file holds: its format, languages (null when not given) and units in file order. */
public record ImportedFile(String name, ExchangeFormat format, String sourceLanguage, String targetLanguage,
        List<ImportedUnit> units) {

    public ImportedFile {
        units = List.copyOf(units);
    }
}

package org.campaignkit.exchange;

import java.util.List;

/** Everything exchanged for one language of a kit, the model every format writes. */
public record ExchangeDocument(String kitId, String kitVersion, String sourceLanguage, String targetLanguage,
        List<ExchangeUnit> units) {

    public ExchangeDocument {
        units = List.copyOf(units);
    }
}

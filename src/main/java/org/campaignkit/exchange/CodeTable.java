package org.campaignkit.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campaignkit.exchange.Piece.End;
import org.campaignkit.exchange.Piece.Standalone;
import org.campaignkit.exchange.Piece.Start;
import org.campaignkit.exchange.Piece.Style;

/**
 * The codes of a unit's source by id. Tools copy codes from the source into the target and may
 * drop attributes on the way; a target's code is then read as the source code of the same id.
 */
final class CodeTable {
    private final Map<String, String> standalone = new HashMap<>();
    private final Map<String, Start> starts = new HashMap<>();
    private final Map<String, String> ends = new HashMap<>();

    static CodeTable of(List<Piece> source) {
        CodeTable table = new CodeTable();
        for (Piece p : source) {
            if (p instanceof Standalone s) {
                table.standalone.put(s.id(), s.raw());
            } else if (p instanceof Start s) {
                table.starts.put(s.id(), s);
            } else if (p instanceof End e) {
                table.ends.put(e.id(), e.raw());
            }
        }
        return table;
    }

    String standalone(String id) {
        return standalone.get(id);
    }

    Start start(String id) {
        return starts.get(id);
    }

    String end(String id) {
        return ends.get(id);
    }

    /** The style a start code of this id has in the source, or null. */
    Style style(String id) {
        Start s = starts.get(id);
        return s == null ? null : s.style();
    }
}

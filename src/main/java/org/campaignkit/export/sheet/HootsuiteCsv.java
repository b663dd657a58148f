package org.campaignkit.export.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Files for Hootsuite's Bulk Composer, one per platform. Hootsuite's format: no header row; column
 * A the date and time, column B the post text, column C an optional link, which Hootsuite attaches
 * to the post itself (so the text here leaves it out, or it would appear twice).
 *
 * <p>Hootsuite rules kept here: a CSV has no network column (the profiles are chosen when
 * uploading, for every row), hence one file per platform; times use the 24-hour clock and end in
 * 0 or 5; no two posts of a file share a time; at most 350 posts per upload, so a longer list is
 * split into parts. Times must be at least 10 minutes in the future when uploading, which only the
 * person can see to.
 */
public final class HootsuiteCsv {
    /** Hootsuite refuses an upload of more than this many posts. */
    public static final int MAX_POSTS = 350;
    /**
     * Month/day/year, 24-hour clock. The upload dialog asks which date format the file uses and starts
     * at month/day/year, as in Hootsuite's own sample file; writing that means a person who leaves the
     * dialog as it is gets the right dates. (Day/month/year would be read silently wrong on the 1st to
     * the 12th of a month.)
     */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM/dd/uuuu HH:mm", Locale.ROOT);

    private HootsuiteCsv() {
    }

    /** One upload file: the platform it is for, its part number (1 unless split), and its bytes. */
    public record Part(String platformId, int part, byte[] bytes) {
    }

    /** The files for a sheet, platforms in order of first use; posts start on the given day. */
    public static List<Part> parts(MessageSheet sheet, LocalDate start) {
        Map<String, Integer> slots = new HashMap<>();
        sheet.messageIds().forEach(id -> slots.put(id, slots.size()));
        List<Part> parts = new ArrayList<>();
        for (String platform : sheet.platformIds()) {
            List<MessageRow> rows = sheet.rows().stream().filter(r -> r.platformId().equals(platform)).toList();
            for (int from = 0, part = 1; from < rows.size(); from += MAX_POSTS, part++) {
                CsvFile csv = new CsvFile();
                for (MessageRow row : rows.subList(from, Math.min(rows.size(), from + MAX_POSTS))) {
                    String when = DATE_TIME.format(PostingSchedule.slot(start, slots.get(row.messageId())));
                    csv.record(List.of(when, row.postWithoutLink(), linkColumn(row)));
                }
                parts.add(new Part(platform, part, csv.bytes()));
            }
        }
        return parts;
    }

    /** The link for Hootsuite to attach, unless the platform takes no links or the text already has it. */
    private static String linkColumn(MessageRow row) {
        boolean attached = row.link() != null && !row.post().equals(row.postWithoutLink());
        return attached ? row.link() : "";
    }
}

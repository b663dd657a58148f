package org.campaignkit.export.sheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * When each message goes out: the first at 09:00 on the start day, then one every two hours up to
 * 17:00, then on to 09:00 the next day. Five posts a day keep a campaign visible without flooding
 * followers; every time ends in :00, so it fits schedulers that accept only times ending in 0 or 5.
 * A message keeps its slot on every platform, so it goes out everywhere at the same time.
 */
public final class PostingSchedule {
    static final LocalTime FIRST = LocalTime.of(9, 0);
    static final int HOURS_APART = 2;
    static final int POSTS_PER_DAY = 5;

    private PostingSchedule() {
    }

    /** The time of the slot-th post (0 is the first). */
    public static LocalDateTime slot(LocalDate start, int slot) {
        if (slot < 0) {
            throw new IllegalArgumentException("slot " + slot);
        }
        return start.plusDays(slot / POSTS_PER_DAY).atTime(FIRST.plusHours((long) HOURS_APART * (slot % POSTS_PER_DAY)));
    }
}

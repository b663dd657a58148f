package org.campaignkit.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignkit.testing.ExportFixture;
import org.campaignkit.testing.Rfc4180;
import org.campaignkit.text.TextDirection;
import org.junit.jupiter.api.Test;

class HootsuiteCsvTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @Test
    void writesOneFilePerPlatformWithoutHeaderInThreeColumns() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            MessageSheet sheet = MessageSheet.of(fx.context(), fx.texts("en"));
            List<HootsuiteCsv.Part> parts = HootsuiteCsv.parts(sheet, DATE);

            assertThat(parts).extracting(HootsuiteCsv.Part::platformId)
                    .containsExactly("x", "bluesky", "mastodon", "threads", "facebook", "instagram", "linkedin");
            int rows = 0;
            for (HootsuiteCsv.Part part : parts) {
                List<List<String>> records = Rfc4180.parseWithBom(part.bytes());
                List<MessageRow> expected = sheet.rows().stream().filter(r -> r.platformId().equals(part.platformId())).toList();
                assertThat(records).hasSize(expected.size());
                for (int i = 0; i < records.size(); i++) {
                    List<String> record = records.get(i);
                    assertThat(record).hasSize(3);
                    // No header: the very first field is already a date and time.
                    assertThat(record.get(0)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
                    assertThat(record.get(1)).isEqualTo(expected.get(i).postWithoutLink());
                    assertThat(record.get(2)).isEqualTo(expected.get(i).link());
                    // Hootsuite attaches column C itself: the text must not carry the link too.
                    assertThat(record.get(1)).doesNotContain(record.get(2));
                }
                rows += records.size();
            }
            assertThat(rows).isEqualTo(sheet.rows().size());
        }
    }

    @Test
    void schedulesFromNineOnTheExportDateEveryTwoHoursWithinTheDay() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            List<HootsuiteCsv.Part> parts = HootsuiteCsv.parts(MessageSheet.of(fx.context(), fx.texts("en")), DATE);
            List<List<String>> x = Rfc4180.parseWithBom(parts.get(0).bytes());
            // Month first, 24-hour clock: 2 December 2026 is 12/02/2026.
            assertThat(x).extracting(r -> r.get(0)).containsExactly("12/01/2026 09:00", "12/01/2026 11:00",
                    "12/01/2026 13:00", "12/01/2026 15:00", "12/01/2026 17:00", "12/02/2026 09:00", "12/02/2026 11:00",
                    "12/02/2026 13:00", "12/02/2026 15:00");
            for (HootsuiteCsv.Part part : parts) {
                Set<String> times = new HashSet<>();
                for (List<String> record : Rfc4180.parseWithBom(part.bytes())) {
                    LocalDateTime when = LocalDateTime.parse(record.get(0), HootsuiteCsv.DATE_TIME);
                    assertThat(when.getMinute() % 5).as("Hootsuite takes only times ending in 0 or 5").isZero();
                    assertThat(when.getHour()).isBetween(9, 17);
                    assertThat(when).isAfterOrEqualTo(DATE.atTime(9, 0));
                    assertThat(times.add(record.get(0))).as("one post per time in " + part.platformId()).isTrue();
                }
            }
        }
    }

    @Test
    void aMessageGoesOutAtTheSameTimeOnEveryPlatform() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            MessageSheet sheet = MessageSheet.of(fx.context(), fx.texts("en"));
            Map<String, String> timeOfPost = new HashMap<>();
            for (HootsuiteCsv.Part part : HootsuiteCsv.parts(sheet, DATE)) {
                List<MessageRow> rows = sheet.rows().stream().filter(r -> r.platformId().equals(part.platformId())).toList();
                List<List<String>> records = Rfc4180.parseWithBom(part.bytes());
                for (int i = 0; i < rows.size(); i++) {
                    String previous = timeOfPost.putIfAbsent(rows.get(i).messageId(), records.get(i).get(0));
                    if (previous != null) {
                        assertThat(records.get(i).get(0)).as(rows.get(i).messageId()).isEqualTo(previous);
                    }
                }
            }
            // "any-crime" is the sixth message: 09:00 on the second day, on X as on Threads.
            assertThat(timeOfPost.get("any-crime")).isEqualTo("12/02/2026 09:00");
        }
    }

    @Test
    void arabicAndChinesePostsAreWrittenIntact() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            for (String language : List.of("ar", "zh-Hans")) {
                MessageSheet sheet = MessageSheet.of(fx.context(), fx.texts(language));
                List<List<String>> x = Rfc4180.parseWithBom(HootsuiteCsv.parts(sheet, DATE).get(0).bytes());
                String text = fx.kit().textsOf(language).orElseThrow().text("message.no-blank-cheque").orElseThrow();
                assertThat(x.get(0).get(1)).startsWith(text);
            }
        }
    }

    @Test
    void aPlatformWithMoreThan350PostsIsSplitIntoUploadsHootsuiteAccepts() {
        List<MessageRow> rows = new ArrayList<>();
        for (int i = 0; i < 351; i++) {
            rows.add(new MessageRow("m" + i, "x", "X", "post " + i, "post " + i, 6, 280, 0, 0, null, null, null, null));
        }
        List<HootsuiteCsv.Part> parts = HootsuiteCsv.parts(new MessageSheet("en", TextDirection.LTR, false, rows), DATE);

        assertThat(parts).extracting(HootsuiteCsv.Part::part).containsExactly(1, 2);
        assertThat(Rfc4180.parseWithBom(parts.get(0).bytes())).hasSize(HootsuiteCsv.MAX_POSTS);
        List<List<String>> second = Rfc4180.parseWithBom(parts.get(1).bytes());
        assertThat(second).containsExactly(List.of("02/09/2027 09:00", "post 350", ""));
    }

    @Test
    void aPostStartingWithAMentionIsKeptFromRunningAsAFormula() {
        List<MessageRow> rows = List.of(new MessageRow("m", "x", "X", "@UN act now", "@UN act now", 11, 280, 0, 0,
                null, null, null, null));
        byte[] bytes = HootsuiteCsv.parts(new MessageSheet("en", TextDirection.LTR, false, rows), DATE).get(0).bytes();
        assertThat(Rfc4180.parseWithBom(bytes).get(0).get(1)).isEqualTo("'@UN act now");
    }

    @Test
    void theScheduleMovesToTheNextMorningAfterFivePosts() {
        assertThat(PostingSchedule.slot(DATE, 0)).isEqualTo(DATE.atTime(9, 0));
        assertThat(PostingSchedule.slot(DATE, 4)).isEqualTo(DATE.atTime(17, 0));
        assertThat(PostingSchedule.slot(DATE, 5)).isEqualTo(DATE.plusDays(1).atTime(9, 0));
        assertThat(PostingSchedule.slot(LocalDate.of(2026, 12, 31), 6)).isEqualTo(LocalDate.of(2027, 1, 1).atTime(11, 0));
    }
}

package org.newsquiz.web.attempt;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import io.quarkus.qute.TemplateExtension;

/**
 * Times as students read them. A clock time is written in the server's offset, named, for pages without
 * JavaScript; {@code local-time.js} rewrites it in the reader's own time zone from the {@code <time>} element.
 */
@TemplateExtension
public final class TimeText {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private TimeText() {
    }

    /** "14:20 UTC", or "Tue 5 Dec 14:20 UTC+01:00" when it is not today in that offset. */
    public static String clockText(OffsetDateTime time) {
        OffsetDateTime now = OffsetDateTime.now(time.getOffset());
        String zone = time.getOffset().equals(ZoneOffset.UTC) ? "UTC" : "UTC" + time.getOffset().getId();
        String day = time.toLocalDate().equals(now.toLocalDate()) ? "" : DAY.format(time) + " ";
        return day + CLOCK.format(time) + " " + zone;
    }

    /** The instant for a {@code datetime} attribute, to the second. */
    public static String isoText(OffsetDateTime time) {
        return time.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** "20 minutes", "1 hour 30 minutes", "45 seconds": a time limit in words. */
    public static String durationText(Integer seconds) {
        if (seconds == null || seconds <= 0) {
            return "no time limit";
        }
        if (seconds < 60) {
            return plural(seconds, "second");
        }
        int minutes = (seconds + 30) / 60;
        int hours = minutes / 60;
        String rest = minutes % 60 == 0 ? "" : plural(minutes % 60, "minute");
        return hours == 0 ? rest : plural(hours, "hour") + (rest.isEmpty() ? "" : " " + rest);
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}

package org.conferenceplanner.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes an {@link ExportBatch} as a vCalendar 1.0 file shaped like SC12's own (UTC times, LOCATION,
 * SUMMARY, quoted-printable DESCRIPTION), but correct for any text: every text value is
 * {@code ;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE} with {@code ;} as {@code =3B}, and each entry has a
 * UID and SEQUENCE so a re-import updates it.
 *
 * <p>Hand-written rather than with biweekly: biweekly escapes {@code ;} as {@code \;} and leaves ASCII
 * text unencoded, and KCalendarCore (KOrganizer) then shows the backslashes while libical does not.
 * No spelling of a backslash reads the same in both, so a backslash in the text is written as
 * U+FF3C (＼).
 *
 * <p>KCalendarCore turns any event whose start or end falls on 00:00:00 into an all-day event, and
 * vCalendar 1.0 times must be UTC to read the same everywhere; so such a time is written one second
 * later ({@link #writtenTime}), which every calendar shows as the same minute. Stateless and thread-safe.
 */
final class VcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";
    private static final String TEXT_PARAMETERS = ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:";

    private final String productId;

    VcsWriter(String productId) {
        this.productId = productId;
    }

    String write(ExportBatch batch, ExportOptions options, Instant now) {
        StringBuilder out = new StringBuilder(512 + batch.entries().size() * 1024);
        out.append("BEGIN:VCALENDAR").append(CRLF);
        out.append("PRODID:").append(ascii(productId)).append(CRLF);
        out.append("VERSION:1.0").append(CRLF);
        String stamp = UTC.format(now.truncatedTo(ChronoUnit.SECONDS));
        for (CalendarEntry entry : batch.entries()) {
            EventText text = entry.text();
            out.append("BEGIN:VEVENT").append(CRLF);
            out.append("UID:").append(entry.uid()).append(CRLF);
            out.append("DTSTART:").append(UTC.format(writtenTime(entry.session().start()))).append(CRLF);
            out.append("DTEND:").append(UTC.format(writtenTime(entry.session().end()))).append(CRLF);
            out.append("LAST-MODIFIED:").append(stamp).append(CRLF);
            out.append("SEQUENCE:").append(entry.sequence()).append(CRLF);
            out.append("STATUS:").append(entry.status().isCancelled() ? "CANCELLED" : "CONFIRMED").append(CRLF);
            text(out, "LOCATION", text.location());
            text(out, "SUMMARY", text.summary());
            text(out, "DESCRIPTION", text.description());
            text(out, "CATEGORIES", text.category());
            if (!text.url().isEmpty()) {
                out.append("URL:").append(text.url().replace(";", "%3B")).append(CRLF);
            }
            if (options.alarmMinutes().isPresent() && !entry.status().isCancelled()) {
                Instant at = entry.session().start().minus(options.alarmMinutes().getAsInt(), ChronoUnit.MINUTES);
                out.append("DALARM:").append(UTC.format(at)).append(";;0;Reminder").append(CRLF);
            }
            out.append("END:VEVENT").append(CRLF);
        }
        out.append("END:VCALENDAR").append(CRLF);
        return out.toString();
    }

    /** The instant written for {@code t}: {@code t} to the second, one second later when that is midnight UTC. */
    static Instant writtenTime(Instant t) {
        Instant seconds = t.truncatedTo(ChronoUnit.SECONDS);
        return seconds.equals(seconds.truncatedTo(ChronoUnit.DAYS)) ? seconds.plusSeconds(1) : seconds;
    }

    /** The text exactly as a vCalendar reader gets it back from this writer. */
    static String readBack(String text) {
        return text.replace('\\', '\uFF3C');
    }

    private static void text(StringBuilder out, String name, String value) {
        if (value.isEmpty()) {
            return;
        }
        out.append(name).append(TEXT_PARAMETERS)
                .append(QuotedPrintable.encode(readBack(value), name.length() + TEXT_PARAMETERS.length()))
                .append(CRLF);
    }

    private static String ascii(String s) {
        return s.replaceAll("[^\\x20-\\x7E]", "?");
    }
}

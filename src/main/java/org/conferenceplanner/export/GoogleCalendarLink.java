package org.conferenceplanner.export;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * "Add to Google Calendar" template links:
 * {@code https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=START/END&details=…&location=…&ctz=…}
 * with times in UTC and every value percent-encoded as UTF-8. A link stays under
 * {@value #MAX_LENGTH} characters (browsers and mail programs cut longer ones): the details are
 * shortened first, then the location and the title, always between whole characters, and end in "…".
 * Stateless.
 */
public final class GoogleCalendarLink {

    /** Links are kept strictly shorter than this. */
    public static final int MAX_LENGTH = 2000;
    static final String BASE = "https://calendar.google.com/calendar/render?action=TEMPLATE";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String ELLIPSIS = encode("…");
    private static final int LOCATION_WHEN_SHORT = 200;

    private GoogleCalendarLink() {
    }

    /** The link of one live entry, in the conference zone {@code zone} (named as {@code ctz} when it is an IANA zone). */
    public static String of(CalendarEntry entry, ZoneId zone) {
        EventText text = entry.text();
        String dates = "&dates=" + UTC.format(entry.session().start()) + "/" + UTC.format(entry.session().end());
        String ctz = zone instanceof ZoneOffset || zone.normalized() instanceof ZoneOffset ? "" : "&ctz=" + encode(zone.getId());
        int budget = MAX_LENGTH - 1;
        String title = encode(text.summary());
        String location = text.location().isEmpty() ? "" : encode(text.location());
        int fixed = BASE.length() + "&text=".length() + dates.length() + ctz.length()
                + (location.isEmpty() ? 0 : "&location=".length());
        if (fixed + title.length() + location.length() > budget) {
            location = location.isEmpty() ? "" : shorten(text.location(), LOCATION_WHEN_SHORT);
            title = shorten(text.summary(), Math.max(ELLIPSIS.length() + 1, budget - fixed - location.length()));
        }
        String link = BASE + "&text=" + title + dates;
        String rest = (location.isEmpty() ? "" : "&location=" + location) + ctz;
        int room = budget - link.length() - rest.length() - "&details=".length();
        if (!text.description().isEmpty() && room > ELLIPSIS.length()) {
            link += "&details=" + shorten(text.description(), room);
        }
        return link + rest;
    }

    /** UTF-8 percent-encoding of everything but letters, digits and {@code -._~} (RFC 3986 unreserved). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() * 3 / 2);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            appendByte(out, b & 0xFF);
        }
        return out.toString();
    }

    /**
     * The encoded value, cut at a character boundary so that it, with a closing "…" when cut, is at
     * most {@code maxEncoded} characters long. Never splits a percent-escape or a surrogate pair.
     */
    static String shorten(String value, int maxEncoded) {
        String whole = encode(value);
        if (whole.length() <= maxEncoded) {
            return whole;
        }
        int limit = maxEncoded - ELLIPSIS.length();
        StringBuilder out = new StringBuilder(limit);
        StringBuilder token = new StringBuilder(12);
        int i = 0;
        while (i < value.length()) {
            int cp = value.codePointAt(i);
            token.setLength(0);
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                appendByte(token, b & 0xFF);
            }
            if (out.length() + token.length() > limit) {
                break;
            }
            out.append(token);
            i += Character.charCount(cp);
        }
        return out.append(ELLIPSIS).toString();
    }

    private static void appendByte(StringBuilder out, int c) {
        if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                || c == '~') {
            out.append((char) c);
        } else {
            out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        }
    }
}

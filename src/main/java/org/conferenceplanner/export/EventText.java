package org.conferenceplanner.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Session;

/**
 * The text of one calendar entry, the same in every format: what a calendar shows as title, place and
 * notes. All fields are cleaned ({@link CalendarText}) but not escaped.
 *
 * @param summary     the title; never empty ("Untitled session" when the program gave none)
 * @param location    room and venue, empty when neither is known
 * @param description session (track), type, people with affiliations, abstract and the session's URL
 * @param category    the event type, empty when unknown
 * @param url         the session's page when it is a usable http(s) address, else empty
 */
public record EventText(String summary, String location, String description, String category, String url) {

    static final String UNTITLED = "Untitled session";

    /**
     * The longest description, in octets of its iCalendar-escaped form. calcurse drops a whole event
     * whose escaped text exceeds its 8 KiB line buffer; a calendar note needs no more, and the full
     * abstract stays one click away at the session's URL.
     */
    static final int MAX_DESCRIPTION_OCTETS = 8000;
    static final String SHORTENED = "… (shortened for the calendar)";

    public static EventText of(Conference conference, Session session, EntryStatus status) {
        String title = CalendarText.oneLine(session.title());
        String summary = status.titlePrefix() + (title.isEmpty() ? UNTITLED : title);
        String location = join(", ", CalendarText.oneLine(session.room()), CalendarText.oneLine(conference.venue()));
        return new EventText(summary, location, description(session, title, status),
                CalendarText.oneLine(session.eventType()), webAddress(session.url()));
    }

    private static String description(Session s, String title, EntryStatus status) {
        List<String> blocks = new ArrayList<>();
        if (status.isCancelled()) {
            blocks.add(status.note());
        }
        List<String> head = new ArrayList<>();
        addIfPresent(head, "", CalendarText.oneLine(s.subtitle()));
        String track = CalendarText.oneLine(s.track());
        addIfPresent(head, "Session: ", track.equals(title) ? "" : track);
        addIfPresent(head, "Type: ", CalendarText.oneLine(s.eventType()));
        for (Person p : s.people()) {
            String who = CalendarText.oneLine(p.nameWithAffiliation());
            addIfPresent(head, p.role().label() + ": ", who);
        }
        if (!head.isEmpty()) {
            blocks.add(String.join("\n", head));
        }
        String abstractText = CalendarText.clean(s.abstractText()).strip();
        String url = CalendarText.oneLine(s.url());
        String without = String.join("\n\n", blocks) + "\n\n" + url;
        int room = MAX_DESCRIPTION_OCTETS - escapedOctets(without) - escapedOctets("\n\n" + SHORTENED);
        if (escapedOctets(abstractText) > room + escapedOctets(SHORTENED)) {
            abstractText = shorten(abstractText, Math.max(0, room)) + SHORTENED;
        }
        if (!abstractText.isEmpty()) {
            blocks.add(abstractText);
        }
        if (!url.isEmpty()) {
            blocks.add(url);
        }
        return String.join("\n\n", blocks);
    }

    /** Octets of the text once escaped for iCalendar ({@code \\ \; \, \n} are two). */
    static int escapedOctets(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            n += cp == '\\' || cp == ';' || cp == ',' || cp == '\n' ? 2 : IcsLineFolder.utf8Length(cp);
            i += Character.charCount(cp);
        }
        return n;
    }

    /** The longest prefix within {@code octets}, cut at a word break when one is near, never inside a character. */
    private static String shorten(String text, int octets) {
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int width = escapedOctets(new String(Character.toChars(cp)));
            if (used + width > octets) {
                break;
            }
            used += width;
            end += Character.charCount(cp);
        }
        int space = text.lastIndexOf(' ', end);
        if (space > end - 40 && space > 0) {
            end = space;
        }
        return text.substring(0, end).strip();
    }

    private static void addIfPresent(List<String> lines, String label, String value) {
        if (!value.isEmpty()) {
            lines.add(label + value);
        }
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty() && !present.contains(p)) {
                present.add(p);
            }
        }
        return String.join(separator, present);
    }

    /**
     * The address as a valid absolute http(s) URI (non-ASCII host and path characters encoded), or
     * empty: a calendar's URL property must be a URI, and only web pages are offered as links.
     */
    static String webAddress(String text) {
        String t = CalendarText.oneLine(text);
        if (t.isEmpty()) {
            return "";
        }
        try {
            URI parsed = new URI(encodeUnsafe(asciiHost(t)));
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && parsed.getRawAuthority() != null) {
                return parsed.toASCIIString();
            }
        } catch (URISyntaxException e) {
            // not a usable address: it stays in the description as text
        }
        return "";
    }

    /** An internationalised host name ({@code zügli.app}) in its ASCII form, so the URI has a real host. */
    private static String asciiHost(String t) {
        int schemeEnd = t.indexOf("://");
        if (schemeEnd < 0) {
            return t;
        }
        int hostStart = schemeEnd + 3;
        int hostEnd = hostStart;
        while (hostEnd < t.length() && "/?#".indexOf(t.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String authority = t.substring(hostStart, hostEnd);
        int at = authority.lastIndexOf('@');
        int colon = authority.indexOf(':', at + 1);
        String host = authority.substring(at + 1, colon < 0 ? authority.length() : colon);
        try {
            String ascii = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
            return t.substring(0, hostStart + at + 1) + ascii + t.substring(hostStart + at + 1 + host.length());
        } catch (IllegalArgumentException e) {
            return t;
        }
    }

    private static String encodeUnsafe(String t) {
        StringBuilder out = new StringBuilder(t.length());
        byte[] bytes = t.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}

package org.conferenceplanner.importer.vcal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferenceplanner.importer.ical.IcsText;

/**
 * One vCalendar 1.0 property.
 *
 * @param line       the line it starts on
 * @param name       upper case, e.g. DESCRIPTION
 * @param parameters upper-case names to values; vCalendar's bare parameters ({@code ;QUOTED-PRINTABLE})
 *                   are stored under the name their value implies (ENCODING, VALUE or TYPE)
 * @param rawValue   the value as written (still quoted-printable and escaped)
 */
record VcsProperty(int line, String name, Map<String, String> parameters, String rawValue) {

    private static final List<String> ENCODINGS = List.of("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT");

    VcsProperty {
        parameters = Map.copyOf(parameters);
    }

    /** Where a bare parameter value belongs. */
    static String nameOfBareParameter(String value) {
        String v = value.toUpperCase(Locale.ROOT);
        if (ENCODINGS.contains(v)) {
            return "ENCODING";
        }
        return v.equals("URL") || v.equals("INLINE") || v.equals("CID") ? "VALUE" : "TYPE";
    }

    boolean isQuotedPrintable() {
        return "QUOTED-PRINTABLE".equalsIgnoreCase(parameters.getOrDefault("ENCODING", ""));
    }

    /** The text the value stands for: quoted-printable decoded, escapes resolved, surrounding space removed. */
    String text() {
        String v = isQuotedPrintable() ? QuotedPrintable.decode(rawValue, charset()) : rawValue;
        return IcsText.unescape(v).strip();
    }

    private Charset charset() {
        String name = parameters.get("CHARSET");
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The same property written the same way, wherever it stands: how a repeated block is recognised. */
    String content() {
        return name + ";" + new java.util.TreeMap<>(parameters) + ":" + rawValue;
    }
}

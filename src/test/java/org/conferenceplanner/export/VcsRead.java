package org.conferenceplanner.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.DecoderException;
import org.apache.commons.codec.net.QuotedPrintableCodec;

/** A strict reader of the .vcs files we write: properties per VEVENT, quoted-printable decoded. The window tests read their files with it too. */
public final class VcsRead {

    private VcsRead() {
    }

    public static List<Map<String, String>> events(String vcs) {
        if (!vcs.endsWith("\r\n") || vcs.replace("\r\n", "").contains("\n")) {
            throw new AssertionError("not CRLF throughout");
        }
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        String pending = null;
        for (String line : vcs.split("\r\n")) {
            if (pending != null) {
                line = pending + line;
                pending = null;
            }
            boolean qp = line.contains("ENCODING=QUOTED-PRINTABLE");
            if (qp && line.endsWith("=")) {
                pending = line.substring(0, line.length() - 1);
                continue;
            }
            int colon = line.indexOf(':');
            String head = line.substring(0, colon);
            String value = line.substring(colon + 1);
            String name = head.split(";")[0];
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                if (current.containsKey(name)) {
                    throw new AssertionError("two " + name + " in one event");
                }
                current.put(name, qp ? decode(value) : value);
            }
        }
        return events;
    }

    private static String decode(String value) {
        try {
            return new String(QuotedPrintableCodec.decodeQuotedPrintable(value.getBytes(StandardCharsets.US_ASCII)),
                    StandardCharsets.UTF_8);
        } catch (DecoderException e) {
            throw new AssertionError("bad quoted-printable: " + value, e);
        }
    }
}

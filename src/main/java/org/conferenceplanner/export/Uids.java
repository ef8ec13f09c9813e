package org.conferenceplanner.export;

import java.nio.charset.StandardCharsets;

/**
 * Calendar UIDs: {@code <session id>@<conference id>.conference-planner}, the same on every export, so
 * a calendar updates or cancels its entry instead of adding a second one. Both ids are percent-encoded
 * outside letters, digits and {@code -._~}, which keeps the UID free of characters that formats
 * escape ({@code , ; \}) or that end it ({@code @}, spaces, line breaks) and keeps distinct ids distinct.
 */
public final class Uids {

    public static final String DOMAIN_SUFFIX = ".conference-planner";

    private Uids() {
    }

    public static String of(String conferenceId, String sessionId) {
        return encode(sessionId) + "@" + encode(conferenceId) + DOMAIN_SUFFIX;
    }

    static String encode(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}

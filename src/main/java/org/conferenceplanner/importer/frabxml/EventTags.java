package org.conferenceplanner.importer.frabxml;

/**
 * Counts {@code <event} start tags in raw bytes from a given line on: after the XML breaks, the
 * parser cannot read further, but the user is still told how many events were left unread.
 * A plain byte scan, valid for UTF-8 and 8-bit encodings. Stateless.
 */
final class EventTags {

    private static final byte[] TAG = {'<', 'e', 'v', 'e', 'n', 't'};

    private EventTags() {
    }

    static int countFromLine(byte[] bytes, int line) {
        int i = 0;
        for (int current = 1; current < line && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                current++;
            }
        }
        int count = 0;
        for (; i + TAG.length < bytes.length; i++) {
            if (bytes[i] == '<' && matchesTag(bytes, i) && endsName(bytes[i + TAG.length])) {
                count++;
            }
        }
        return count;
    }

    private static boolean matchesTag(byte[] bytes, int at) {
        for (int k = 1; k < TAG.length; k++) {
            if (bytes[at + k] != TAG[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsName(byte b) {
        return b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r';
    }
}

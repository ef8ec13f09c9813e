package org.conferenceplanner.importer.frabxml;

/**
 * Recognises a frab/Pentabarf schedule by content: the root element is {@code <schedule>}, possibly
 * after an XML declaration, comments, processing instructions or a DOCTYPE (so that a hostile file
 * with a DOCTYPE still reaches this importer and is refused with a clear message; a DOCTYPE naming
 * {@code schedule} as its root is enough, as an entity bomb's declarations can fill the whole head).
 * Stateless.
 */
final class ScheduleSniffer {

    private static final String ROOT = "<schedule";

    private ScheduleSniffer() {
    }

    static boolean looksLikeSchedule(String head) {
        int i = 0;
        int n = head.length();
        while (true) {
            i = skipSpace(head, i);
            if (i >= n) {
                return false;
            }
            int next;
            if (head.startsWith("<?", i)) {
                next = after(head, "?>", i + 2);
            } else if (head.startsWith("<!--", i)) {
                next = after(head, "-->", i + 4);
            } else if (head.startsWith("<!DOCTYPE", i) || head.startsWith("<!doctype", i)) {
                if (namesScheduleRoot(head, i + "<!DOCTYPE".length())) {
                    // the DOCTYPE says so, even when its declarations run past the head (a large entity bomb)
                    return true;
                }
                next = afterDoctype(head, i);
            } else {
                return head.startsWith(ROOT, i) && (i + ROOT.length() == n || endsName(head.charAt(i + ROOT.length())));
            }
            if (next < 0) {
                return false;
            }
            i = next;
        }
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    private static int after(String s, String end, int from) {
        int at = s.indexOf(end, from);
        return at < 0 ? -1 : at + end.length();
    }

    private static int afterDoctype(String s, int from) {
        int close = s.indexOf('>', from);
        int subset = s.indexOf('[', from);
        if (subset >= 0 && (close < 0 || subset < close)) {
            int subsetEnd = s.indexOf(']', subset);
            return subsetEnd < 0 ? -1 : after(s, ">", subsetEnd);
        }
        return close < 0 ? -1 : close + 1;
    }

    private static boolean namesScheduleRoot(String s, int from) {
        int i = skipSpace(s, from);
        int end = i + "schedule".length();
        return s.startsWith("schedule", i) && end < s.length() && (endsName(s.charAt(end)) || s.charAt(end) == '[');
    }

    private static boolean endsName(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }
}

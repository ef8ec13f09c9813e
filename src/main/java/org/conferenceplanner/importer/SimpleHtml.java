package org.conferenceplanner.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The fast path of {@link HtmlText}: one pass over the well-nested HTML that program abstracts almost
 * always are ({@code <p>}, {@code <a href>}, lists, headings, inline emphasis). It emits exactly what
 * HtmlText's walk over jsoup's tree would emit, tidied on the fly, and gives up (returns null) wherever jsoup's
 * HTML5 tree building could make a different tree: unknown or misnested tags, comments, a block
 * inside {@code <p>} or {@code <a>}, an implicitly closed {@code <li>}. Entities are resolved by jsoup
 * itself. Parsing with jsoup costs several times the whole XML pass of a program; this does not.
 * Not thread-safe; one per call.
 */
final class SimpleHtml {

    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> INLINE = Set.of("b", "i", "em", "strong", "code", "span", "small", "tt", "sup", "sub",
            "u", "s", "kbd", "mark", "cite", "abbr");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr");

    private final String html;
    private final PlainTextBuilder out;
    private final List<String> open = new ArrayList<>();
    /** The text emitted inside the open {@code <a>} (never nested), before tidying, and its href. */
    private final StringBuilder linkText = new StringBuilder();
    private String linkHref;
    private int pos;
    /** The next '&' at or after the text being read (html.length() when none); found once per stretch. */
    private int nextAmp = -1;
    private String tagName;
    private String tagHref;
    private boolean selfClosing;

    private SimpleHtml(String html) {
        this.html = html;
        this.out = new PlainTextBuilder(html.length());
    }

    /** The tidy plain text of {@code html}, or null when it is not simple enough for this path. */
    static String toPlainText(String html) {
        SimpleHtml simple = new SimpleHtml(html);
        return simple.run() ? simple.out.build() : null;
    }

    private boolean run() {
        int n = html.length();
        if (html.indexOf('\0') >= 0) {
            return false;
        }
        while (pos < n) {
            int lt = html.indexOf('<', pos);
            int textEnd = lt < 0 ? n : lt;
            if (textEnd > pos) {
                text(pos, textEnd);
            }
            pos = textEnd;
            if (lt < 0) {
                break;
            }
            char next = lt + 1 < n ? html.charAt(lt + 1) : ' ';
            if (isAsciiLetter(next)) {
                if (!startTag(lt + 1) || !open()) {
                    return false;
                }
            } else if (next == '/' || next == '!' || next == '?') {
                if (next != '/' || !endTag(lt + 2) || !close()) {
                    return false;
                }
            } else {
                emit('<');
                pos = lt + 1;
            }
        }
        while (!open.isEmpty()) {
            closeTop();
        }
        return true;
    }

    private void text(int from, int to) {
        String run = html;
        int start = from;
        int end = to;
        if (nextAmp < from) {
            nextAmp = html.indexOf('&', from);
            nextAmp = nextAmp < 0 ? html.length() : nextAmp;
        }
        if (nextAmp < to) {
            run = Parser.unescapeEntities(html.substring(from, to), false);
            start = 0;
            end = run.length();
        }
        out.appendHtmlText(run, start, end);
        if (linkHref != null) {
            for (int i = start; i < end; i++) {
                char c = run.charAt(i);
                linkText.append(c == '\n' ? ' ' : c);
            }
        }
    }

    private void emit(char c) {
        out.append(c);
        if (linkHref != null) {
            linkText.append(c);
        }
    }

    private void emit(String s) {
        for (int i = 0; i < s.length(); i++) {
            emit(s.charAt(i));
        }
    }

    private boolean open() {
        String name = tagName;
        boolean block = BLOCKS.contains(name) || name.equals("li") || name.equals("hr");
        if (block && (open.contains("p") || open.contains("a"))) {
            return false;
        }
        if (HEADINGS.contains(name) && !open.isEmpty() && HEADINGS.contains(open.get(open.size() - 1))) {
            return false;
        }
        if (name.equals("li") && listItemWouldClose()) {
            return false;
        }
        if (name.equals("a") && open.contains("a")) {
            return false;
        }
        if (VOID.contains(name)) {
            if (name.equals("br")) {
                emit('\n');
            }
            return true;
        }
        if (selfClosing || !(BLOCKS.contains(name) || INLINE.contains(name) || name.equals("li") || name.equals("a"))) {
            return false;
        }
        if (BLOCKS.contains(name)) {
            emit("\n\n");
        } else if (name.equals("li")) {
            emit("\n• ");
        } else if (name.equals("a")) {
            linkText.setLength(0);
            linkHref = tagHref == null ? "" : tagHref;
        }
        open.add(name);
        return true;
    }

    /** An HTML parser closes an open {@code <li>} when a new one starts inside it; jsoup would then differ. */
    private boolean listItemWouldClose() {
        for (int i = open.size() - 1; i >= 0; i--) {
            String name = open.get(i);
            if (name.equals("li")) {
                return true;
            }
            if (!name.equals("div") && !name.equals("p") && !INLINE.contains(name) && !name.equals("a")) {
                return false;
            }
        }
        return false;
    }

    private boolean close() {
        if (open.isEmpty() || !open.get(open.size() - 1).equals(tagName)) {
            return false;
        }
        closeTop();
        return true;
    }

    private void closeTop() {
        String name = open.remove(open.size() - 1);
        if (BLOCKS.contains(name)) {
            emit("\n\n");
        } else if (name.equals("li")) {
            emit('\n');
        } else if (name.equals("a")) {
            String text = linkText.toString().strip();
            String target = linkHref.strip();
            linkHref = null;
            if (!target.isEmpty() && !target.startsWith("#") && !text.equals(target) && !target.equals("mailto:" + text)) {
                emit(" (" + target + ")");
            }
        }
    }

    /** Reads {@code name attr="v" ...>} from {@code from}; sets tagName, tagHref, selfClosing. */
    private boolean startTag(int from) {
        int i = readName(from);
        if (i < 0) {
            return false;
        }
        tagHref = null;
        selfClosing = false;
        int n = html.length();
        while (true) {
            i = skipSpace(i);
            if (i >= n) {
                return false;
            }
            char c = html.charAt(i);
            if (c == '>') {
                pos = i + 1;
                return true;
            }
            if (c == '/') {
                if (i + 1 < n && html.charAt(i + 1) == '>') {
                    selfClosing = true;
                    pos = i + 2;
                    return true;
                }
                return false;
            }
            i = attribute(i);
            if (i < 0) {
                return false;
            }
        }
    }

    private int attribute(int from) {
        int n = html.length();
        int i = from;
        while (i < n && !isSpace(html.charAt(i)) && "=>/\"'<".indexOf(html.charAt(i)) < 0) {
            i++;
        }
        if (i == from) {
            return -1;
        }
        String name = lower(from, i);
        i = skipSpace(i);
        String value = "";
        if (i < n && html.charAt(i) == '=') {
            i = skipSpace(i + 1);
            if (i >= n) {
                return -1;
            }
            char quote = html.charAt(i);
            int valueStart;
            int valueEnd;
            if (quote == '"' || quote == '\'') {
                valueStart = i + 1;
                valueEnd = html.indexOf(quote, valueStart);
                if (valueEnd < 0) {
                    return -1;
                }
                i = valueEnd + 1;
            } else {
                valueStart = i;
                while (i < n && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
                    if ("\"'<=`".indexOf(html.charAt(i)) >= 0) {
                        return -1;
                    }
                    i++;
                }
                valueEnd = i;
            }
            value = html.substring(valueStart, valueEnd);
            if (value.indexOf('\0') >= 0) {
                return -1;
            }
        }
        if (name.equals("href") && tagHref == null) {
            tagHref = value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value;
        }
        return i;
    }

    private boolean endTag(int from) {
        if (from >= html.length() || !isAsciiLetter(html.charAt(from))) {
            return false;
        }
        int i = skipSpace(readName(from));
        if (i < 0 || i >= html.length() || html.charAt(i) != '>') {
            return false;
        }
        pos = i + 1;
        return true;
    }

    /** Reads a tag name of ASCII letters and digits into tagName; returns the index after it, or -1. */
    private int readName(int from) {
        int i = from;
        int n = html.length();
        while (i < n && (isAsciiLetter(html.charAt(i)) || (html.charAt(i) >= '0' && html.charAt(i) <= '9'))) {
            i++;
        }
        if (i >= n || !(isSpace(html.charAt(i)) || html.charAt(i) == '>' || html.charAt(i) == '/')) {
            return -1;
        }
        tagName = lower(from, i);
        return i;
    }

    private int skipSpace(int from) {
        int i = from;
        if (i < 0) {
            return i;
        }
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        return i;
    }

    private String lower(int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

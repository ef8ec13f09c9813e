package org.conferenceplanner.importer;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns HTML from a program file into readable plain text: paragraphs and line breaks kept, list
 * items as "• item", entities resolved, link targets kept as text after the link. The HTML is parsed,
 * never rendered, and nothing in it is fetched or run. Stateless and thread-safe.
 *
 * <p>Detection and whitespace tidying are single hand-written passes rather than regular expressions,
 * and well-nested simple HTML takes the {@link SimpleHtml} fast path instead of a jsoup parse: this
 * runs on every abstract of 100 MB programs, where regex matching and jsoup's tree building each cost
 * more than the XML parse itself. Anything outside the simple subset still goes through jsoup.
 */
public final class HtmlText {

    /** Opening tags that mark text as HTML (matched case-insensitively, whole tag name). */
    private static final Set<String> HTML_TAGS = Set.of("p", "br", "a", "ul", "ol", "li", "div", "span", "em", "strong",
            "b", "i", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "blockquote", "img", "table", "tr", "td");
    private static final int LONGEST_TAG = 10;

    private HtmlText() {
    }

    /** Plain text unchanged (trimmed, line ends normalised); HTML converted. */
    public static String toPlainText(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String normalised = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        if (!looksLikeHtml(normalised)) {
            return normalised.strip();
        }
        try {
            String simple = SimpleHtml.toPlainText(normalised);
            return simple != null ? simple : viaJsoup(normalised);
        } catch (RuntimeException | StackOverflowError e) {
            // Abstracts are converted when first read (the detail pane, the search index), long after the
            // import: HTML no parser here can take is shown as the text it is rather than failing there.
            return tidy(normalised);
        }
    }

    /** The reference conversion: jsoup's HTML5 parse, then a walk over the tree. */
    static String viaJsoup(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder(html.length());
        appendBlock(body, out);
        return tidy(out);
    }

    /**
     * True when the text holds an opening tag of a common HTML element ({@code <p>}, {@code <a href=…>}…)
     * or an entity ({@code &amp;}, {@code &#34;}).
     */
    static boolean looksLikeHtml(String s) {
        int lastClose = -2; // found on the first '<': a backward scan costs as much as the rest
        int n = s.length();
        // jump between '<' and '&' with indexOf (vectorised) instead of looking at every character
        int lt = s.indexOf('<');
        int amp = s.indexOf('&');
        while (lt >= 0 || amp >= 0) {
            int i = amp < 0 || (lt >= 0 && lt < amp) ? lt : amp;
            char c = s.charAt(i);
            if (c == '<') {
                lt = s.indexOf('<', i + 1);
                lastClose = lastClose == -2 ? s.lastIndexOf('>') : lastClose;
            } else {
                amp = s.indexOf('&', i + 1);
            }
            if (c == '<' && i < lastClose) {
                int end = i + 1;
                while (end < n && end - i <= LONGEST_TAG + 1 && isWordChar(s.charAt(end))) {
                    end++;
                }
                if (end > i + 1 && end <= lastClose && (end == n || !isWordChar(s.charAt(end)))
                        && HTML_TAGS.contains(asciiLower(s, i + 1, end))) {
                    return true;
                }
            } else if (c == '&' && isEntity(s, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** {@code name;} with ASCII letters or {@code #digits;} starting at {@code from}. */
    private static boolean isEntity(String s, int from) {
        int n = s.length();
        boolean numeric = from < n && s.charAt(from) == '#';
        int i = numeric ? from + 1 : from;
        int start = i;
        while (i < n && (numeric ? isAsciiDigit(s.charAt(i)) : isAsciiLetter(s.charAt(i)))) {
            i++;
        }
        return i > start && i < n && s.charAt(i) == ';';
    }

    /** Tidies text line by line; see {@link PlainTextBuilder}. */
    static String tidy(CharSequence s) {
        PlainTextBuilder out = new PlainTextBuilder(s.length());
        out.append(s);
        return out.build();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String asciiLower(String s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return b.toString();
    }

    private static void appendBlock(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText().replace('\n', ' '));
            } else if (child instanceof Element e) {
                appendElement(e, out);
            }
        }
    }

    private static void appendElement(Element e, StringBuilder out) {
        String tag = e.normalName();
        switch (tag) {
            case "br" -> out.append('\n');
            case "p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol" -> {
                out.append("\n\n");
                appendBlock(e, out);
                out.append("\n\n");
            }
            case "li" -> {
                out.append("\n• ");
                appendBlock(e, out);
                out.append('\n');
            }
            case "tr" -> {
                appendBlock(e, out);
                out.append('\n');
            }
            case "td", "th" -> {
                appendBlock(e, out);
                out.append(' ');
            }
            case "a" -> {
                int before = out.length();
                appendBlock(e, out);
                String text = out.substring(before).strip();
                String href = e.attr("href").strip();
                if (!href.isEmpty() && !href.startsWith("#") && !text.equals(href) && !href.equals("mailto:" + text)) {
                    out.append(" (").append(href).append(')');
                }
            }
            case "script", "style", "head", "title" -> {
                // never shown: not content
            }
            default -> appendBlock(e, out);
        }
    }
}

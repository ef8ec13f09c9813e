package org.conferenceplanner.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns HTML from a program file into readable plain text: paragraphs and line breaks kept, list
 * items as "• item", entities resolved, link targets kept as text after the link. The HTML is parsed,
 * never rendered, and nothing in it is fetched or run.
 */
public final class HtmlText {

    private static final Pattern LOOKS_LIKE_HTML =
            Pattern.compile("<(p|br|a|ul|ol|li|div|span|em|strong|b|i|h[1-6]|code|pre|blockquote|img|table|tr|td)\\b[^>]*>|&[a-zA-Z]+;|&#\\d+;",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)+");
    private static final Pattern SPACE_RUNS = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");

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
        Element body = Jsoup.parseBodyFragment(normalised).body();
        StringBuilder out = new StringBuilder(normalised.length());
        appendBlock(body, out);
        String joined = out.toString().lines()
                .map(line -> SPACE_RUNS.matcher(line).replaceAll(" ").strip())
                .collect(Collectors.joining("\n"));
        return BLANK_RUNS.matcher(joined).replaceAll("\n\n").strip();
    }

    /**
     * Whether a tag or entity starts anywhere. The pattern is tried only where a '<' or '&' stands:
     * a search from every position made this the slowest step of importing a large program.
     */
    private static boolean looksLikeHtml(String text) {
        Matcher m = null;
        int lt = text.indexOf('<');
        int amp = text.indexOf('&');
        while (lt >= 0 || amp >= 0) {
            int at = lt < 0 ? amp : amp < 0 ? lt : Math.min(lt, amp);
            char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
            if (Character.isLetter(next) || (next == '#' && at == amp)) {
                m = m == null ? LOOKS_LIKE_HTML.matcher(text) : m;
                if (m.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
            if (at == lt) {
                lt = text.indexOf('<', at + 1);
            } else {
                amp = text.indexOf('&', at + 1);
            }
        }
        return false;
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

package org.conferenceplanner.importer.frabxml;

import java.util.Arrays;
import java.util.function.IntConsumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A thin walk over a StAX reader for documents read element by element: step to the next child,
 * take an element's text, skip an element. Loops, never recursion, so deep nesting cannot overflow
 * the stack. Not thread-safe; one per parse.
 */
final class XmlCursor {

    private static final char[] LINE_BREAK = {'\n'};

    private final XMLStreamReader xml;
    /** The text being gathered; a char array rather than a StringBuilder, which stays UTF-16 once it met one non-Latin-1 character. */
    private char[] text = new char[1024];
    private int textLength;

    XmlCursor(XMLStreamReader xml) {
        this.xml = xml;
    }

    XMLStreamReader reader() {
        return xml;
    }

    /** The line the reader is on (1-based). */
    int line() {
        return xml.getLocation().getLineNumber();
    }

    String name() {
        return xml.getLocalName();
    }

    /** An attribute of the current start element, or null. */
    String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    /**
     * Moves to the next child element of the element the cursor is in. Returns false, on the parent's
     * end tag, when there is none left.
     */
    boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the file ends inside an element", xml.getLocation());
            }
        }
    }

    /**
     * The text of the current element, including the text of any elements inside it (a line break
     * stands for a nested block such as {@code <p>}). Leaves the cursor on the element's end tag.
     */
    String text() throws XMLStreamException {
        textLength = 0;
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        gather(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (textLength > 0) {
                        gather(LINE_BREAK, 0, 1);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("the file ends inside an element", xml.getLocation());
                default -> {
                    // comments and processing instructions carry no content
                }
            }
        }
        return new String(text, 0, textLength);
    }

    private void gather(char[] chars, int start, int length) {
        if (textLength + length > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
        }
        System.arraycopy(chars, start, text, textLength, length);
        textLength += length;
    }

    /**
     * Skips the current element and everything inside it. Each {@code <event>} skipped (the element
     * itself or one inside it) is reported with its line, so that an event in an unexpected place is
     * never lost without a word.
     */
    void skip(IntConsumer eventLines) throws XMLStreamException {
        if ("event".equals(xml.getLocalName())) {
            eventLines.accept(line());
        }
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if ("event".equals(xml.getLocalName())) {
                        eventLines.accept(line());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT ->
                        throw new XMLStreamException("the file ends inside an element", xml.getLocation());
                default -> {
                    // text inside skipped elements is not needed
                }
            }
        }
    }
}

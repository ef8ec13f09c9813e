package org.conferenceplanner.importer.frabjson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.util.regex.Pattern;

/** Says in a user's words why the JSON parser stopped; Jackson's own messages are for developers. */
final class JsonFailure {

    private static final Pattern CODE = Pattern.compile("\\s*\\(code -?\\d+\\)");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFD]");
    private static final int MAX_MESSAGE = 160;

    private JsonFailure() {
    }

    static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }

    /** Whether the parser stopped because the bytes are not valid UTF-8 (or UTF-16/32). */
    static boolean isEncoding(Exception e) {
        if (e instanceof CharConversionException) {
            return true;
        }
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return m != null && m.startsWith("Invalid UTF-");
    }

    static String describe(JsonProcessingException e, int maxNestingDepth) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of the JSON: it looks cut off";
        }
        if (e instanceof StreamConstraintsException) {
            return original.contains("nesting depth")
                    ? "the JSON is nested more than " + maxNestingDepth + " levels deep, which no schedule is"
                    : "a value in the JSON is too long to be part of a schedule";
        }
        String first = original.lines().findFirst().orElse("");
        int source = first.indexOf(" at [Source");
        first = source >= 0 ? first.substring(0, source) : first;
        first = CONTROL.matcher(CODE.matcher(first).replaceAll("")).replaceAll("?").strip();
        if (first.length() > MAX_MESSAGE) {
            first = first.substring(0, MAX_MESSAGE) + "…";
        }
        return "this is not valid JSON" + (first.isEmpty() ? "" : " (" + first + ")");
    }
}

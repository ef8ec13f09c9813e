package org.conferenceplanner.search;

import java.text.Normalizer;

/**
 * Folds one character at a time for searching: lower case, accents dropped ("É" → "e", "ß" stays).
 * ASCII is folded by arithmetic; other characters go through Unicode decomposition once each and are
 * then remembered, which keeps indexing tens of megabytes of text fast. Not thread-safe: one per
 * indexing run or query.
 */
final class CharFolder {

    private String[] cache;

    /** Appends the folded form of {@code c} (usually one character, sometimes none or two). */
    void append(char c, StringBuilder out) {
        if (c < 0x80) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            return;
        }
        if (cache == null) {
            cache = new String[0x10000];
        }
        String folded = cache[c];
        if (folded == null) {
            folded = fold(c);
            cache[c] = folded;
        }
        out.append(folded);
    }

    String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            append(text.charAt(i), sb);
        }
        return sb.toString();
    }

    private static String fold(char c) {
        if (Character.isSurrogate(c)) {
            return String.valueOf(c); // halves of emoji and rare scripts: kept as they are
        }
        String decomposed = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            int type = Character.getType(d);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                sb.append(d);
            }
        }
        return sb.toString();
    }
}

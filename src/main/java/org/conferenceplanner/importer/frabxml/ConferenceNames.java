package org.conferenceplanner.importer.frabxml;

import java.text.Normalizer;
import java.util.Locale;

/** The conference's id, title and venue from what the header gives, with fallbacks. Stateless. */
final class ConferenceNames {

    private ConferenceNames() {
    }

    /** The acronym lowercased, else a slug of the title, else a slug of the file name without extension. */
    static String id(ConferenceHeader header, String file) {
        if (!header.acronym().isEmpty()) {
            return header.acronym().toLowerCase(Locale.ROOT);
        }
        String fromTitle = slug(header.title());
        if (!fromTitle.isEmpty()) {
            return fromTitle;
        }
        String fromFile = slug(stem(file));
        return fromFile.isEmpty() ? "schedule" : fromFile;
    }

    static String title(ConferenceHeader header, String file) {
        if (!header.title().isEmpty()) {
            return header.title();
        }
        return header.acronym().isEmpty() ? stem(file) : header.acronym();
    }

    static String venue(ConferenceHeader header) {
        if (header.venue().isEmpty() || header.venue().equals(header.city())) {
            return header.city();
        }
        return header.city().isEmpty() ? header.venue() : header.venue() + ", " + header.city();
    }

    /** "FOSDEM 2007" → "fosdem-2007", "Café Ünïcode!" → "cafe-unicode". */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }

    private static String stem(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        String name = file.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

package org.conferenceplanner.importer.sctext;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session ids for SC program text. SC numbered every event with an "evid" ({@code exforum140},
 * {@code pap647}), which its page URLs carry ({@code event_detail.php?evid=pap647}); that is the id
 * whenever the file gives it, on an {@code EVID:} line or in a {@code URL:}. Otherwise the id is a
 * slug of the title plus the date ({@code the-openonload-user-level-network-stack} or
 * {@code keynote-2012-11-13}), which stays the same across imports as long as title and date do.
 */
final class ScSessionIds {

    private static final Pattern EVID_IN_URL = Pattern.compile("[?&-]evid=([A-Za-z0-9_]+)");
    private static final Pattern EVID = Pattern.compile("[A-Za-z0-9_]{1,40}");
    private static final int MAX_SLUG = 80;

    private ScSessionIds() {
    }

    static boolean isEvid(String text) {
        return EVID.matcher(text).matches();
    }

    static Optional<String> evidInUrl(String url) {
        Matcher m = EVID_IN_URL.matcher(url);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String slug(String title, LocalDate date) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            // cut at a word boundary so the id stays readable
            int cut = slug.charAt(MAX_SLUG) == '-' ? MAX_SLUG : slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        if (slug.isEmpty()) {
            slug = "untitled";
        }
        return date == null ? slug : slug + "-" + date;
    }
}

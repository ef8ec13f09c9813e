package org.conferenceplanner.importer.frabjson;

import java.net.URI;
import java.util.List;
import org.conferenceplanner.domain.Link;

/**
 * frab writes attachment links relative to its own site ({@code /system/event_attachments/...});
 * they are only useful resolved against the schedule's {@code base_url}. Links stay text: nothing
 * is fetched. Stateless.
 */
final class LinkTargets {

    private LinkTargets() {
    }

    /** The base URL to resolve against, or null when the schedule has no usable one. */
    static URI base(String baseUrl) {
        return absolute(baseUrl);
    }

    static List<Link> resolve(List<Link> links, URI base) {
        if (base == null || allAbsolute(links)) {
            return links;
        }
        return links.stream().map(link -> {
            URI target = hasScheme(link.url()) ? null : parse(link.url());
            return target == null || target.isAbsolute() ? link : new Link(base.resolve(target).toString(), link.title());
        }).toList();
    }

    /** True when no link needs a base URL (each has a scheme), as for an empty list. */
    static boolean allAbsolute(List<Link> links) {
        for (Link link : links) {
            if (!hasScheme(link.url())) {
                return false;
            }
        }
        return true;
    }

    /** "https://...", "mailto:..." — cheaper than parsing every URL of a big program. */
    private static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return Character.isLetter(url.charAt(0));
    }

    private static URI absolute(String text) {
        URI uri = parse(text);
        return uri != null && uri.isAbsolute() && uri.getScheme().startsWith("http") ? uri : null;
    }

    private static URI parse(String text) {
        try {
            return text.isEmpty() ? null : URI.create(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

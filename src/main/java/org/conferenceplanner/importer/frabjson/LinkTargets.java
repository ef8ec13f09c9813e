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

    static List<Link> resolve(List<Link> links, String baseUrl) {
        URI base = absolute(baseUrl);
        if (base == null) {
            return links;
        }
        return links.stream().map(link -> {
            URI target = parse(link.url());
            return target == null || target.isAbsolute() ? link : new Link(base.resolve(target).toString(), link.title());
        }).toList();
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

package org.conferenceplanner.ui.detail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Session;

/**
 * The links a session offers: its own page, the program's links and web addresses written in the
 * abstract. Only http and https links are offered: the browser opens them when the user clicks,
 * nothing else from a program file is ever opened. Pure.
 */
public final class SessionLinks {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);

    private SessionLinks() {
    }

    public static List<Link> of(Session s, String sessionPageTitle) {
        Map<String, Link> byUrl = new LinkedHashMap<>();
        if (isWeb(s.url())) {
            byUrl.put(s.url(), new Link(s.url(), sessionPageTitle));
        }
        for (Link l : s.links()) {
            if (isWeb(l.url())) {
                byUrl.putIfAbsent(l.url(), l);
            }
        }
        for (String url : inText(s.abstractText())) {
            byUrl.putIfAbsent(url, new Link(url, ""));
        }
        return new ArrayList<>(byUrl.values());
    }

    /** Web addresses in plain text, without trailing sentence punctuation. */
    static List<String> inText(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String url = m.group().replaceAll("[.,;:!?)\\]]+$", "");
            if (isWeb(url)) {
                out.add(url);
            }
        }
        return out;
    }

    static boolean isWeb(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

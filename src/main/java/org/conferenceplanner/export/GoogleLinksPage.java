package org.conferenceplanner.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The HTML page for a whole plan in Google Calendar, which has no link for several events: one link
 * per session, grouped by conference day, and the advice to import the .ics file instead. Built with
 * jsoup, so every text and address is escaped; a static page with no scripts, and a content security
 * policy that forbids loading anything. Stateless.
 */
final class GoogleLinksPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final String STYLE = "body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em;"
            + "line-height:1.4}li{margin:.4em 0}.when{font-variant-numeric:tabular-nums;margin-right:.5em}"
            + ".where{color:#555;margin-left:.5em}.advice{background:#f4f4f4;padding:.8em}";

    private GoogleLinksPage() {
    }

    static String render(String heading, ZoneId zone, List<CalendarEntry> entries) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).prettyPrint(true);
        Element html = doc.selectFirst("html");
        html.attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        doc.title(heading + ": Google Calendar links");
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));

        Element body = doc.body();
        body.appendElement("h1").text(heading);
        body.appendElement("p").addClass("advice").text("Google Calendar cannot add several events from one link: "
                + "open each link below and save the event there. To add every session at once, and to have later "
                + "exports update them, import the .ics file of this plan instead (in Google Calendar: Settings, "
                + "Import & export, Import).");
        body.appendElement("p").text("Times are shown in the conference's time zone, " + zone.getId()
                + "; Google Calendar shows each event in yours.");
        Map<LocalDate, List<CalendarEntry>> byDay = new LinkedHashMap<>();
        for (CalendarEntry e : entries) {
            byDay.computeIfAbsent(e.session().day(), d -> new java.util.ArrayList<>()).add(e);
        }
        if (byDay.isEmpty()) {
            body.appendElement("p").text("There are no scheduled sessions to add.");
        }
        for (Map.Entry<LocalDate, List<CalendarEntry>> day : byDay.entrySet()) {
            body.appendElement("h2").text(DAY.format(day.getKey()));
            Element list = body.appendElement("ul");
            for (CalendarEntry e : day.getValue()) {
                Element item = list.appendElement("li");
                item.appendElement("span").addClass("when").text(CLOCK.format(e.session().start().atZone(zone))
                        + "–" + CLOCK.format(e.session().end().atZone(zone)));
                item.appendElement("a").attr("href", GoogleCalendarLink.of(e, zone))
                        .attr("rel", "noopener noreferrer").attr("target", "_blank").text(e.text().summary());
                if (!e.session().room().isBlank()) {
                    item.appendElement("span").addClass("where").text(CalendarText.oneLine(e.session().room()));
                }
            }
        }
        return "<!DOCTYPE html>\n" + doc.html() + "\n";
    }
}

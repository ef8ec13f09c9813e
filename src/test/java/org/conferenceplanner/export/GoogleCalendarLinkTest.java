package org.conferenceplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class GoogleCalendarLinkTest {

    private final CalendarExporter exporter = new CalendarExporter(Clock.fixed(IcsExportTest.NOW, ZoneOffset.UTC), "test");

    private static CalendarEntry entry(Conference c, Session s) {
        return ExportBatch.prepare(ExportSelection.of(c, List.of(s), Map.of()), ExportOptions.defaults(),
                IcsExportTest.NOW).entries().get(0);
    }

    /** Percent-decodes strictly: a broken escape or a split UTF-8 sequence fails. */
    private static String strictDecode(String encoded) throws CharacterCodingException {
        ByteBuffer bytes = ByteBuffer.allocate(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char ch = encoded.charAt(i);
            if (ch == '%') {
                bytes.put((byte) Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.put((byte) ch);
            }
        }
        bytes.flip();
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    }

    private static String param(String link, String name) {
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    @Test
    void oneSessionGivesOneLinkInUtcWithTheConferenceZone() throws Exception {
        Conference sc12 = Sc12Events.conference();
        Session forum = sc12.session("exforum140").orElseThrow();
        ExportResult r = exporter.export(ExportFormat.GOOGLE, ExportSelection.of(sc12, List.of(forum), Map.of()),
                ExportOptions.defaults());
        assertThat(r.link()).isTrue();
        assertThat(r.extension()).isEqualTo("txt");
        String link = r.content();
        assertThat(link).startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&text=");
        assertThat(strictDecode(param(link, "text"))).isEqualTo("The OpenOnload User-level Network Stack");
        assertThat(param(link, "dates")).isEqualTo("20121114T180000Z/20121114T183000Z");
        assertThat(param(link, "ctz")).isEqualTo("America%2FDenver");
        assertThat(strictDecode(param(link, "location"))).isEqualTo("155-C, " + sc12.venue());
        assertThat(strictDecode(param(link, "details"))).contains("Presenter: Dave Parry - Solarflare",
                "Presenter: Steve Pope - Solarflare", "Session: Software Platforms");
    }

    @Test
    void longDetailsAreShortenedAtACharacterBoundaryToFitTheLimit() throws Exception {
        for (int pad = 0; pad < 14; pad++) {
            Session s = Sessions.at("long", Sc12Events.DENVER, "2012-11-14", "10:00", "11:00")
                    .abstractText("x".repeat(pad) + "ü😀日本".repeat(600)).build();
            Conference c = Sessions.conference("SC12", Sc12Events.DENVER, "Salt Palace", List.of(s));
            String link = GoogleCalendarLink.of(entry(c, s), c.zone());
            assertThat(link.length()).isLessThan(2000).isGreaterThan(2000 - 1 - 12 - 9);
            String details = strictDecode(param(link, "details"));
            assertThat(details).endsWith("…");
            assertThat(entry(c, s).text().description()).startsWith(details.substring(0, details.length() - 1));
        }
    }

    @Test
    void aHugeTitleIsShortenedTooAndTheLinkStaysValid() throws Exception {
        Session s = Sessions.at("t", Sc12Events.DENVER, "2012-11-14", "10:00", "11:00").title("Ω".repeat(10_000))
                .room("R".repeat(3000)).build();
        Conference c = Sessions.conference("SC12", Sc12Events.DENVER, "", List.of(s));
        String link = GoogleCalendarLink.of(entry(c, s), c.zone());
        assertThat(link.length()).isLessThan(2000);
        assertThat(strictDecode(param(link, "text"))).startsWith("ΩΩΩ").endsWith("…");
        assertThat(param(link, "dates")).isEqualTo("20121114T170000Z/20121114T180000Z");
        assertThat(param(link, "ctz")).isEqualTo("America%2FDenver");
    }

    @Test
    void aWholePlanGivesAStaticPageWithOneLinkPerSessionGroupedByDay() {
        Conference sc12 = Sc12Events.conference();
        ExportResult r = exporter.export(ExportFormat.GOOGLE, ExportSelection.of(sc12, sc12.sessions(), Map.of()),
                ExportOptions.defaults().withCalendarName("SC12 plan"));
        assertThat(r.link()).isFalse();
        assertThat(r.extension()).isEqualTo("html");
        Document page = Jsoup.parse(r.content());
        List<Session> scheduled = sc12.sessions().stream().filter(Session::isScheduled).toList();
        assertThat(page.select("a[href]")).hasSize(scheduled.size());
        assertThat(page.select("h2")).extracting(e -> e.text()).containsExactly("Sunday 11 November 2012",
                "Monday 12 November 2012", "Tuesday 13 November 2012", "Wednesday 14 November 2012",
                "Thursday 15 November 2012");
        assertThat(page.select("script, iframe, object, embed, link, img")).isEmpty();
        assertThat(page.select("[onclick], [onload], [onerror]")).isEmpty();
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
        assertThat(page.text()).contains("import the .ics file");
        assertThat(page.select("h2:contains(Wednesday) + ul li").text()).contains("11:00–11:30")
                .contains("The OpenOnload User-level Network Stack");
        assertThat(r.notes()).hasSize(sc12.unscheduled().size());
    }

    @Test
    void cancelledSessionsGetNoLink() {
        Session live = Sessions.at("a", Sc12Events.DENVER, "2012-11-14", "10:00", "11:00").build();
        Session off = Sessions.at("b", Sc12Events.DENVER, "2012-11-14", "11:00", "12:00").cancelled(true).build();
        Conference c = Sessions.conference("SC12", Sc12Events.DENVER, "", List.of(live, off));
        ExportResult r = exporter.export(ExportFormat.GOOGLE, ExportSelection.of(c, c.sessions(), Map.of()),
                ExportOptions.defaults());
        assertThat(r.link()).isTrue();
        assertThat(r.content()).contains("Session%20a");
        assertThat(r.notes()).singleElement().asString().contains("cancelled");
        assertThat(r.states()).isEmpty();
    }
}

package org.conferenceplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Session;
import org.junit.jupiter.api.Test;

/** Titles, rooms and abstracts that try to break or inject into the files. */
class NastyTextTest {

    static final String INJECTION = "Talk\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nSUMMARY:injected\nEND:VEVENT\r\nEND:VCALENDAR";
    static final String PUNCTUATION = "a, b; c \\ d \\n e \\, \"quoted\" =3B =0A %2C%3B%5C%3A";
    static final String NON_ASCII = "Ünïcödé 日本語 עברית 😀👩‍💻 e\u0301 \u2028sep";
    static final String LONG = ("Lorem ipsum dolor sit amet, consectetur; adipiscing \\ elit 😀 é. ".repeat(160)).substring(0, 10_000);

    private final CalendarExporter exporter = new CalendarExporter(Clock.fixed(IcsExportTest.NOW, ZoneOffset.UTC), "test");

    static Conference nastyConference() {
        var zone = Sc12Events.DENVER;
        List<Session> sessions = List.of(
                Sessions.at("inject", zone, "2012-11-12", "09:00", "10:00").title(INJECTION)
                        .abstractText(INJECTION).room("Room\nEND:VEVENT").build(),
                Sessions.at("punct", zone, "2012-11-12", "10:00", "11:00").title(PUNCTUATION).abstractText(PUNCTUATION)
                        .room("355-A; 355-B, \\ annex").eventType("Papers, short; long")
                        .people(List.of(new Person("O'Brien, Pat; Jr.", Role.CHAIR, "A \\ B"))).build(),
                Sessions.at("unicode", zone, "2012-11-12", "11:00", "12:00").title(NON_ASCII).abstractText(NON_ASCII + "\n| col " + " ".repeat(160) + "| x |\n|" + "-".repeat(200) + "|")
                        .room("Salle Été").people(List.of(new Person("Zoë Ñúñez", Role.SPEAKER, "Universität Zürich")))
                        .build(),
                Sessions.at("long", zone, "2012-11-12", "13:00", "14:00").title(LONG.substring(0, 600))
                        .abstractText(LONG).build(),
                Sessions.at("controls", zone, "2012-11-12", "14:00", "15:00").title("bell\u0007 nul\u0000 del\u007F "
                        + "lone \uD83D half").abstractText("cr\rlf\r\ncrlf\n\u000Bvt").build(),
                Session.builder("empty").day(java.time.LocalDate.parse("2012-11-13"))
                        .start(java.time.Instant.parse("2012-11-13T16:00:00Z"))
                        .end(java.time.Instant.parse("2012-11-13T16:30:00Z")).links(List.of(new Link("javascript:x", "")))
                        .url("javascript:alert(1)").build());
        return Sessions.conference("nasty", zone, "Venue; \"Hall\", \\ City", sessions);
    }

    private ExportResult export(ExportFormat format, Conference c) {
        return exporter.export(format, ExportSelection.of(c, c.sessions(), Map.of()), ExportOptions.defaults().withAlarm(5));
    }

    private static List<CalendarEntry> expected(Conference c) {
        return ExportBatch.prepare(ExportSelection.of(c, c.sessions(), Map.of()), ExportOptions.defaults(),
                IcsExportTest.NOW).entries();
    }

    @Test
    void icsReadsBackExactlyTheTextMeantAndNothingIsInjected() {
        Conference c = nastyConference();
        String ics = export(ExportFormat.ICS, c).content();
        List<IcsRead> read = IcsRead.events(ics);
        List<CalendarEntry> meant = expected(c);
        assertThat(read).hasSize(c.sessions().size());
        assertThat(ics.split("\r\n")).filteredOn(l -> l.equals("END:VEVENT")).hasSize(c.sessions().size());
        assertThat(ics.split("\r\n")).filteredOn(l -> l.startsWith("UID:")).hasSize(c.sessions().size());
        for (int i = 0; i < meant.size(); i++) {
            EventText t = meant.get(i).text();
            IcsRead e = read.get(i);
            assertThat(e.uid()).isEqualTo(meant.get(i).uid());
            assertThat(e.summary()).isEqualTo(IcsWriter.readBack(t.summary()));
            assertThat(e.location()).isEqualTo(IcsWriter.readBack(t.location()));
            assertThat(e.description()).isEqualTo(IcsWriter.readBack(t.description()));
            assertThat(e.categories()).isEqualTo(IcsWriter.readBack(t.category()));
        }
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(ics);
    }

    @Test
    void theTextIsCleanedButKept() {
        Conference c = nastyConference();
        List<CalendarEntry> meant = expected(c);
        EventText inject = meant.get(0).text();
        assertThat(inject.summary()).isEqualTo("Talk END:VEVENT BEGIN:VEVENT UID:evil SUMMARY:injected END:VEVENT END:VCALENDAR");
        assertThat(inject.description()).contains("Talk\nEND:VEVENT\nBEGIN:VEVENT");
        assertThat(meant.get(1).text().location()).isEqualTo("355-A; 355-B, \\ annex, Venue; \"Hall\", \\ City");
        String longDescription = meant.get(3).text().description();
        assertThat(EventText.escapedOctets(longDescription)).isLessThanOrEqualTo(EventText.MAX_DESCRIPTION_OCTETS)
                .isGreaterThan(EventText.MAX_DESCRIPTION_OCTETS - 200);
        String kept = longDescription.substring(longDescription.indexOf("Lorem"), longDescription.indexOf(EventText.SHORTENED));
        assertThat(LONG).startsWith(kept);
        assertThat(kept.length()).isGreaterThan(5000);
        EventText controls = meant.get(4).text();
        assertThat(controls.summary()).isEqualTo("bell nul del lone \uFFFD half");
        assertThat(CalendarText.clean("a" + " ".repeat(150) + "b\n" + "\u3000".repeat(30) + "c"))
                .isEqualTo("a" + " ".repeat(20) + "b\n" + "\u3000".repeat(20) + "c");
        assertThat(controls.description()).isEqualTo("Type: Talk\nSpeaker: Ada Lovelace - Analytical Engines\n\ncr\nlf\ncrlf\nvt");
        EventText empty = meant.get(5).text();
        assertThat(empty.summary()).isEqualTo("Untitled session");
        assertThat(empty.location()).isEqualTo("Venue; \"Hall\", \\ City");
        assertThat(empty.url()).isEmpty();
        assertThat(empty.description()).isEqualTo("javascript:alert(1)");
    }

    @Test
    void backslashesThatPythonReadersWouldMisreadBecomeLookAlikesInIcs() {
        assertThat(IcsWriter.readBack("C:\\Program Files")).isEqualTo("C:\\Program Files");
        assertThat(IcsWriter.readBack("a\\nb \\, \\; \\N \\\\x")).isEqualTo("a＼nb ＼, ＼; ＼N ＼\\x");
        assertThat(IcsWriter.readBack("route=1%2C2%3B3%3A4%5C5%20x%2")).isEqualTo("route=1%2c2%3b3%3a4%5c5%20x%2");
    }

    @Test
    void vcsReadsBackTheSameTextWithBackslashesAsLookAlikes() {
        Conference c = nastyConference();
        String vcs = export(ExportFormat.VCS, c).content();
        List<Map<String, String>> read = VcsRead.events(vcs);
        List<CalendarEntry> meant = expected(c);
        assertThat(read).hasSize(meant.size());
        for (int i = 0; i < meant.size(); i++) {
            EventText t = meant.get(i).text();
            Map<String, String> e = read.get(i);
            assertThat(e.get("UID")).isEqualTo(meant.get(i).uid());
            assertThat(e.get("SUMMARY")).isEqualTo(VcsWriter.readBack(t.summary()));
            assertThat(e.getOrDefault("LOCATION", "")).isEqualTo(VcsWriter.readBack(t.location()));
            assertThat(e.getOrDefault("DESCRIPTION", "")).isEqualTo(VcsWriter.readBack(t.description()));
        }
        for (String line : vcs.split("\r\n")) {
            if (line.contains("QUOTED-PRINTABLE") || !line.contains(":")) {
                assertThat(line.length()).isLessThanOrEqualTo(76);
            }
            assertThat(line.chars().allMatch(ch -> ch < 0x80)).as(line).isTrue();
            assertThat(line).doesNotContain("\\");
        }
        assertThat(vcs.split("\r\n")).filteredOn(l -> l.startsWith("SUMMARY") || l.startsWith("LOCATION")
                || l.startsWith("DESCRIPTION") || l.startsWith("CATEGORIES"))
                .allSatisfy(l -> assertThat(l).contains(";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"));
    }

    @Test
    void googleLinksStayShortAndDecodeToTheTextOrAShortenedPrefix() {
        Conference c = nastyConference();
        for (CalendarEntry e : expected(c)) {
            String link = GoogleCalendarLink.of(e, c.zone());
            assertThat(link.length()).isLessThan(2000);
            assertThat(link).startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&text=");
            assertThat(link).matches("[A-Za-z0-9\\-._~%&=/:?]+");
            Map<String, String> q = GoogleLinkQuery.parse(link);
            assertThat(shortenedOrWhole(q.get("text"), e.text().summary())).isTrue();
            assertThat(shortenedOrWhole(q.getOrDefault("details", ""), e.text().description())).isTrue();
        }
    }

    private static boolean shortenedOrWhole(String got, String whole) {
        return got.equals(whole) || got.endsWith("…") && whole.startsWith(got.substring(0, got.length() - 1));
    }

    @Test
    void theLinkPageEscapesEverything() {
        Conference c = nastyConference().withSessions(List.of(
                Sessions.at("xss", Sc12Events.DENVER, "2012-11-12", "09:00", "10:00")
                        .title("<script>alert('x')</script> & \"quotes\"").room("<b>Room</b>").build(),
                Sessions.at("two", Sc12Events.DENVER, "2012-11-12", "10:00", "11:00").title("</a><img src=x onerror=y>")
                        .build()));
        String page = export(ExportFormat.GOOGLE, c).content();
        assertThat(page).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"quotes\"")
                .contains("&lt;/a&gt;&lt;img src=x onerror=y&gt;");
        assertThat(org.jsoup.Jsoup.parse(page).select("a[href]")).hasSize(2)
                .allSatisfy(a -> assertThat(a.attr("href")).startsWith("https://calendar.google.com/"));
    }

    /** Decodes a link's query as a browser would. */
    static final class GoogleLinkQuery {
        static Map<String, String> parse(String link) {
            Map<String, String> map = new java.util.LinkedHashMap<>();
            for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
                int eq = pair.indexOf('=');
                map.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return map;
        }
    }
}

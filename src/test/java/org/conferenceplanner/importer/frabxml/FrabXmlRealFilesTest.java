package org.conferenceplanner.importer.frabxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.assertBooksBalance;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.assertSession;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.importShared;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.messages;
import static org.conferenceplanner.importer.frabxml.FrabXmlTesting.session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Severity;
import org.junit.jupiter.api.Test;

/**
 * Every frab XML file in ../shared/schedules/frab-xml: the counts SOURCES.md gives, the zone, and
 * sessions checked field by field against values read off the files by hand.
 */
class FrabXmlRealFilesTest {

    private static Conference assertCounts(ImportResult r, int events, int days, int rooms) {
        assertThat(r.succeeded()).as(r.problems().toString()).isTrue();
        assertThat(r.count(Severity.ERROR)).as(r.problems().toString()).isZero();
        assertBooksBalance(r, events);
        Conference c = r.conference();
        assertThat(c.sessions()).hasSize(events - r.merged());
        assertThat(c.days()).hasSize(days);
        assertThat(c.rooms()).hasSize(rooms);
        return c;
    }

    @Test
    void fosdem2025() {
        ImportResult r = importShared("fosdem-2025.xml");
        Conference c = assertCounts(r, 943, 2, 40);
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(c.id()).isEqualTo("fosdem-2025");
        assertThat(c.title()).isEqualTo("FOSDEM 2025");
        assertThat(c.venue()).isEqualTo("ULB (Université Libre de Bruxelles), Brussels");
        assertThat(c.days()).containsExactly(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-02-02"));
        assertThat(c.source().version()).isEqualTo("latest");
        assertThat(r.problems()).isEmpty();

        Session first = assertSession(c, "6210", "2025-02-01", "2025-02-01T10:35:00+01:00", "2025-02-01T11:00:00+01:00",
                "K.3.201", "A New Approach to Callee-Saved Registers in LLVM", "Mikhail Gudim");
        assertThat(first.guid()).isEqualTo("852280ac-61d3-588c-b74c-8d87f9d9d2c6");
        assertThat(first.track()).isEqualTo("LLVM");
        assertThat(first.eventType()).isEqualTo("devroom");
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.url()).isEqualTo(
                "https://fosdem.org/2025/schedule/event/fosdem-2025-6210-a-new-approach-to-callee-saved-registers-in-llvm/");
        assertThat(first.people()).allMatch(p -> p.role() == Role.SPEAKER);
        assertThat(first.abstractText()).doesNotContain("<p>", "</p>", "&lt;").isNotBlank();
        assertSession(c, "6588", "2025-02-02", "2025-02-02T16:25:00+01:00", "2025-02-02T16:50:00+01:00",
                "UD6.215", "Building Apps and Extensions with MIT App Inventor", "Evan Patton");
        assertSession(c, "6654", "2025-02-02", "2025-02-02T13:15:00+01:00", "2025-02-02T13:20:00+01:00",
                "K.4.601", "Opening Railways and Open Transport Devroom", "Max Mehl", "Cornelius Schumacher",
                "Simon Clavier", "Loic HAMELIN", "Brede Dammen", "Peter Keller", "Tu-Tho Thai");
        assertSession(c, "5202", "2025-02-01", "2025-02-01T11:50:00+01:00", "2025-02-01T11:55:00+01:00",
                "K.3.201", "O_o [ Flang + WASM ] o_O", "Serge « sans paille » Guelton");
        assertSession(c, "5576", "2025-02-02", "2025-02-02T16:30:00+01:00", "2025-02-02T17:00:00+01:00",
                "K.3.601", "Open source funding: you’re doing it wrong", "Andrew Nesbitt", "Benjamin Nickolls");
        // SOURCES.md: 23 <room> elements (over both days) hold no events; 11 of the 40 rooms have no
        // event on either day. They are rooms all the same.
        long roomsWithSessions = c.rooms().stream().filter(room -> c.sessions().stream()
                .anyMatch(s -> s.room().equals(room.name()))).count();
        assertThat(c.rooms().size() - roomsWithSessions).isEqualTo(11);
        // <attachment>s with absolute URLs are links too (slides and such)
        assertThat(c.sessions()).anyMatch(s -> s.links().stream().anyMatch(l -> l.url().contains("/attachments/")));
    }

    @Test
    void fosdem2007HasNoRoomWrappersNoDatesNoGuidsAndNoZone() {
        ImportResult r = importShared("fosdem-2007.xml");
        Conference c = assertCounts(r, 215, 2, 18);
        assertThat(c.zone()).as("guessed from <city>Brussels</city>").isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(messages(r, Severity.WARNING)).singleElement().asString()
                .contains("guessed Europe/Brussels").contains("Brussels");
        assertThat(c.id()).as("no acronym: a slug of the title").isEqualTo("fosdem-2007");
        assertThat(c.source().version()).isEmpty();

        Session aiglx = assertSession(c, "0", "2007-02-25", "2007-02-25T15:00:00+01:00", "2007-02-25T15:45:00+01:00",
                "Chavanne", "AIGLX", "Kristian Høgsberg");
        assertThat(aiglx.guid()).isEmpty();
        assertThat(aiglx.track()).isEqualTo("Desktop Applications");
        assertThat(aiglx.links()).containsExactly(
                new Link("http://video.fosdem.org/2007/FOSDEM2007-AIGLX.ogg", "Video (Ogg/Theora)"));
        // entity-escaped HTML: abstract, then the description as a further paragraph
        assertThat(aiglx.abstractText())
                .startsWith("In this talk, Kristian will take a look at technologies behind the new 3D accelerated "
                        + "composited desktops and see how AIGLX (http://fedoraproject.org/wiki/RenderingProject/aiglx) "
                        + "fits in the larger picture.\n\nAIGLX (http://fedoraproject.org/wiki/RenderingProject/aiglx) "
                        + "is a new feature in the X.org X server")
                .doesNotContain("<p>", "&lt;", "&#");
        assertSession(c, "218", "2007-02-26", "2007-02-26T15:00:00+01:00", "2007-02-26T16:00:00+01:00",
                "AW1.121", "Video on Dope", "Matthias Hopf");
        assertSession(c, "102", "2007-02-25", "2007-02-25T14:15:00+01:00", "2007-02-25T15:45:00+01:00",
                "H.2213", "GNU Classpath Runtime Rumble", "Robert Lougher", "Ian Rogers", "Christian Thalinger",
                "Tom Tromey", "Dalibor Topic");
        assertSession(c, "10", "2007-02-26", "2007-02-26T12:00:00+01:00", "2007-02-26T13:00:00+01:00",
                "H.2214", "RPM Packaging", "Jeff Johnson");
        assertSession(c, "97", "2007-02-26", "2007-02-26T10:00:00+01:00", "2007-02-26T12:30:00+01:00",
                "AW1.105", "Jabber Sprint using Twisted", "Ralph Meijer");
    }

    @Test
    void c38c3CrossesMidnightAndHasAfterMidnightSlots() {
        ImportResult r = importShared("38c3-schedule-20251206.xml");
        Conference c = assertCounts(r, 1007, 4, 72);
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.source().version()).isEqualTo("2025-03-04 21:21");
        assertSession(c, "2", "2024-12-27", "2024-12-27T10:30:00+01:00", "2024-12-27T11:00:00+01:00",
                "Saal 1", "38C3: Opening Ceremony", "Gabriela Bogk", "Senficon", "Aline Blankertz");
        assertSession(c, "956523", "2024-12-30", "2024-12-30T12:00:00+01:00", "2024-12-30T12:45:00+01:00",
                "\"KliMathematik Augsburg\" Table", "Wondrous mathematics: Large numbers grow on trees", "iblech");
        // an after-midnight slot: dated the 28th, listed (and shown) under the 27th
        assertSession(c, "248", "2024-12-27", "2024-12-28T00:15:00+01:00", "2024-12-28T00:55:00+01:00",
                "Saal 1", "Desiring Technology. Über Porno, Abhängigkeit und Fortschritt", "Arne Vogelgesang");
        // crosses midnight: starts on the 27th, ends on the 28th, stays on the 27th
        assertSession(c, "336", "2024-12-27", "2024-12-27T23:00:00+01:00", "2024-12-28T00:00:00+01:00",
                "Saal 1", "We've not been trained for this: life after the Newag DRM disclosure",
                "Michał Kowalczyk", "q3k", "Jakub Stepniewicz");
        assertSession(c, "1", "2024-12-28", "2024-12-28T16:00:00+01:00", "2024-12-28T18:00:00+01:00",
                "Saal 1", "Der CCC-Jahresrückblick", "erdgeist", "kantorkel", "khaleesi", "Linus Neumann", "Constanze Kurz");
        Session yell = assertSession(c, "779", "2024-12-28", "2024-12-28T23:00:00+01:00", "2024-12-28T23:40:00+01:00",
                "Stage YELL", "Hacking Disasters - eine Bastelanleitung für die Chaos-Community",
                "corinna", "Sebastian Jünemann", "Ruben Neugebauer");
        assertThat(yell.eventType()).isEqualTo("Talk 40 (30min +10 Q&A)");
        // SOURCES.md: 58 after-midnight slots, each on the day before its calendar date
        long afterMidnight = c.sessions().stream()
                .filter(s -> s.start().atZone(c.zone()).toLocalDate().equals(s.day().plusDays(1))).count();
        assertThat(afterMidnight).isEqualTo(58);
    }

    @Test
    void c39c3PreliminaryKeepsLinkTitlesOutOfEventTitles() {
        ImportResult r = importShared("39c3-schedule-20251206-preliminary.xml");
        Conference c = assertCounts(r, 215, 4, 14);
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        Session fraud = assertSession(c, "1254", "2025-12-27", "2025-12-27T16:00:00+01:00", "2025-12-27T17:00:00+01:00",
                "One", "All my Deutschlandtickets gone: Fraud at an industrial scale", "Q Misell", "maya / 551724");
        assertThat(fraud.eventType()).as("not the link's <type>related</type>").isEqualTo("Talk");
        assertThat(fraud.links()).containsExactly(new Link("https://zügli.app", "Zügli"));
        assertSession(c, "578703", "2025-12-30", "2025-12-30T11:00:00+01:00", "2025-12-30T16:00:00+01:00",
                "Kidspace - Elektrotisch", "Elektrobausteine - Tag 4", "elzbeth");
        assertThat(session(c, "578703").language()).isEqualTo("de, en");
        assertSession(c, "1431", "2025-12-27", "2025-12-28T00:20:00+01:00", "2025-12-28T01:20:00+01:00",
                "One", "Unnecessarily Complicated Kitchen – Die Wissenschaft des guten Geschmacks", "LukasQ");
        assertSession(c, "1700", "2025-12-27", "2025-12-27T21:45:00+01:00", "2025-12-27T22:45:00+01:00",
                "Fuse", "DNGerousLINK: A Deep Dive into WhatsApp 0-Click Exploits on iOS and Samsung Devices",
                "Zhongrui Li", "Yizhe Zhuang", "Kira Chen");
        Session hegemony = assertSession(c, "1420", "2025-12-29", "2025-12-29T21:05:00+01:00", "2025-12-29T21:45:00+01:00",
                "Fuse", "Hegemony Eroding: Excavating Diversity in Latent Space", "Karim Hamdi");
        // its <attachment href="/media/..."> is relative to a site the file does not name: left out
        assertThat(hegemony.links()).extracting(Link::title)
                .containsExactly("Hegemony eroding", "Workshop @re:publica 2025", "Workshop @Schmiede25: Faust");
        // the naive parser's bug: no event may carry the title of one of its links
        assertThat(c.sessions()).noneMatch(s -> s.links().stream().anyMatch(l -> l.title().equals(s.title())));
    }

    @Test
    void c31c3HasNoZoneNameAndNonUuidGuids() {
        ImportResult r = importShared("31c3-schedule-v1.5.xml");
        Conference c = assertCounts(r, 138, 4, 4);
        assertThat(c.zone()).as("only the offsets say +01:00").isEqualTo(ZoneOffset.ofHours(1));
        assertThat(messages(r, Severity.INFO)).anyMatch(m -> m.contains("+01:00"));
        assertSession(c, "6561", "2014-12-27", "2014-12-27T11:00:00+01:00", "2014-12-27T11:30:00+01:00",
                "Saal 1", "31C3 Opening Event", "erdgeist", "Geraldine de Bastion");
        assertSession(c, "6607", "2014-12-30", "2014-12-30T17:15:00+01:00", "2014-12-30T18:15:00+01:00",
                "Saal 6", "Security Nightmares (Stream)", "Frank Rieger", "Ron");
        assertSession(c, "6581", "2014-12-27", "2014-12-28T00:00:00+01:00", "2014-12-28T02:15:00+01:00",
                "Saal 1", "Citizenfour", "Laura Poitras");
        assertSession(c, "6597", "2014-12-30", "2014-12-30T16:00:00+01:00", "2014-12-30T17:00:00+01:00",
                "Saal 2", "Now I sprinkle thee with crypto dust", "Ryan Lackey", "Andres Erbsen", "Jurre van Bergen",
                "Ladar Levison", "equinox", "Daniel Ziegler", "gedsic");
        Session necromancy = assertSession(c, "5956", "2014-12-28", "2014-12-28T14:00:00+01:00",
                "2014-12-28T15:00:00+01:00", "Saal 2", "Cyber Necromancy", "Joseph Tartaro", "Matthew Halchyshak");
        assertThat(necromancy.guid()).isEqualTo("ELK9-ZQeFcqKxBYW8eay8g");
    }

    @Test
    void c34c3MessyMergedFile() {
        ImportResult r = importShared("34c3-everything.schedule.xml");
        // All 661 events are kept: the 36 reused ids belong to different sessions (other times, rooms
        // or titles), so none is an exact copy to merge. Each reuse is reported and gets a new id.
        Conference c = assertCounts(r, 661, 4, 50);
        assertThat(r.merged()).isZero();
        assertThat(messages(r, Severity.WARNING)).filteredOn(m -> m.contains("is used by another event")).hasSize(36);
        assertThat(c.zone()).isEqualTo(ZoneOffset.ofHours(1));
        assertSession(c, "9292", "2017-12-27", "2017-12-27T11:00:00+01:00", "2017-12-27T11:30:00+01:00",
                "Saal Adams", "Eröffnung: tuwat", "Tim Pritlove");
        assertSession(c, "1400", "2017-12-30", "2017-12-30T14:00:00+01:00", "2017-12-30T14:45:00+01:00",
                "Esszimmer", "Why did we stop contributing to knowledge on the internet", "Johl");
        // 55:23 hours, in the room with the empty name
        Session hedgewars = assertSession(c, "1226", "2017-12-27", "2017-12-27T12:00:00+01:00",
                "2017-12-29T19:23:00+01:00", "", "Lets play Hedgewars!");
        assertThat(hedgewars.links()).extracting(Link::url).containsExactly(
                "https://github.com/c3d2/hedgewars_mods/wiki",
                "https://events.ccc.de/congress/2017/wiki/index.php/Session:Lets_play_Hedgewars!");
        assertThat(messages(r, Severity.INFO)).anyMatch(m -> m.contains("55:23"));
        assertSession(c, "1343", "2017-12-27", "2017-12-27T17:40:00+01:00", "2017-12-27T18:40:00+01:00",
                "", "Sticker meet up", "Lisi 0ne.raw");
        assertSession(c, "9253", "2017-12-29", "2017-12-29T18:30:00+01:00", "2017-12-29T20:30:00+01:00",
                "Saal Clarke", "Inside AfD", "Felix Höfner", "Lucia", "Marek", "Janosch", "Slim");
        assertSession(c, "9091", "2017-12-27", "2017-12-28T00:45:00+01:00", "2017-12-28T02:15:00+01:00",
                "Saal Adams", "All Creatures Welcome", "Sandra Trostel");
        assertThat(c.rooms()).contains(new Room(""));
        assertThat(c.sessions()).filteredOn(s -> s.room().isEmpty()).hasSize(17);
        // the reused id 1048: the first keeps it, the second is kept as 1048~2
        assertThat(session(c, "1048").title()).isEqualTo("Bitmask/LEAP workshop");
        assertThat(session(c, "1048~2").title()).isEqualTo("LEAP");
        assertThat(session(c, "1048~2").guid()).isEqualTo(session(c, "1048").guid());
    }

    @Test
    void pretalxDemoCon() {
        ImportResult r = importShared("pretalx-democon-2022.xml");
        Conference c = assertCounts(r, 35, 3, 2);
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.id()).isEqualTo("democon");
        assertThat(c.rooms()).extracting(Room::name).containsExactly("Dark Red Room", "Pale Golden Rod Room");
        // starts at 01:50, before its <day start> of 04:00, but its <date> says the 6th: it stays there
        Session early = assertSession(c, "1", "2022-09-06", "2022-09-06T01:50:00+02:00", "2022-09-06T03:20:00+02:00",
                "Dark Red Room", "Persevering cohesive concept", "Susan Martinez");
        assertThat(early.url()).isEqualTo("http://localhost/democon/talk/XFUR3C/");
        assertThat(early.abstractText()).isEqualTo("Reinvent one-to-one info-mediaries!\n\nLay baby democratic career "
                + "thus scene seven. Challenge red item notice important quality truth question. Work color another vote upon.");
        assertSession(c, "72", "2022-09-08", "2022-09-08T14:00:00+02:00", "2022-09-08T15:30:00+02:00",
                "Dark Red Room", "Self-enabling disintermediate core", "Haley Holder");
        assertSession(c, "14", "2022-09-06", "2022-09-06T12:30:00+02:00", "2022-09-06T13:00:00+02:00",
                "Pale Golden Rod Room", "Up-sized optimal hardware", "Brandy Mcclain", "Christine Green");
        assertSession(c, "20", "2022-09-06", "2022-09-06T15:00:00+02:00", "2022-09-06T15:30:00+02:00",
                "Pale Golden Rod Room", "Enhanced next generation methodology", "Anthony Anthony");
        assertSession(c, "18", "2022-09-07", "2022-09-07T09:00:00+02:00", "2022-09-07T10:30:00+02:00",
                "Dark Red Room", "Horizontal didactic methodology", "Alicia Vincent");
    }

    @Test
    void everySharedFileImportsWithEveryEventAccountedFor() {
        for (String name : List.of("fosdem-2025.xml", "fosdem-2007.xml", "38c3-schedule-20251206.xml",
                "39c3-schedule-20251206-preliminary.xml", "31c3-schedule-v1.5.xml", "34c3-everything.schedule.xml",
                "pretalx-democon-2022.xml")) {
            ImportResult r = importShared(name);
            assertBooksBalance(r, FrabXmlTesting.eventTags(FrabXmlTesting.bytes(
                    org.conferenceplanner.testing.SharedData.schedule("frab-xml/" + name))));
            assertThat(r.conference().sessions()).as(name).allSatisfy(s -> {
                assertThat(s.isScheduled()).isTrue();
                assertThat(s.title()).isNotBlank();
                assertThat(s.abstractText()).doesNotContain("<p>", "</a>", "&amp;", "&lt;");
            });
            assertThat(r.conference().sessions().stream().map(Session::id).distinct().count())
                    .as(name + ": ids are unique").isEqualTo(r.conference().sessions().size());
        }
    }
}

package org.conferenceplanner.importer.frabjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.importer.frabjson.FrabJsonAssertions.assertAccounted;
import static org.conferenceplanner.importer.frabjson.FrabJsonAssertions.assertSession;
import static org.conferenceplanner.importer.frabjson.FrabJsonAssertions.importFile;
import static org.conferenceplanner.importer.frabjson.FrabJsonAssertions.messages;
import static org.conferenceplanner.importer.frabjson.FrabJsonAssertions.session;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Link;
import org.conferenceplanner.domain.Person;
import org.conferenceplanner.domain.Role;
import org.conferenceplanner.domain.Room;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/** One small fixture per quirk of real schedule JSON, so a fresh clone tests each of them. */
class FrabJsonQuirksTest {

    private static ImportResult fixture(String name) {
        ImportResult r = importFile(SharedData.fixture("frabjson/" + name));
        assertThat(r.succeeded()).as(name + ": " + r.problems()).isTrue();
        assertAccounted(r);
        return r;
    }

    private static Problem problemAbout(ImportResult r, String text) {
        return r.problems().stream().filter(p -> p.message().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem mentioning " + text + " in " + r.problems()));
    }

    @Test
    void classicFormWithItsConferenceFacts() {
        ImportResult r = fixture("classic-quirks.json");
        Conference c = r.conference();
        assertThat(c.id()).as("acronym lowercased").isEqualTo("quirkcon");
        assertThat(c.title()).isEqualTo("Quirk Conference 2024");
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.source().version()).isEqualTo("7.1");
        // the first day's "date" comes after its rooms: key order does not matter
        assertThat(c.days()).containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2));
        // room keys in order of appearance, quotes and umlauts kept, rooms without events too
        assertThat(c.rooms()).extracting(Room::name).containsExactly("Saal Ü", "Hall \"B\"", "Empty Room");
    }

    @Test
    void fieldsOfOneEvent() {
        Conference c = fixture("classic-quirks.json").conference();
        assertSession(c, "101", "Opening", "2024-03-01T09:00:00Z", "2024-03-01T09:45:00Z", "2024-03-01", "Saal Ü",
                "Ada Lovelace", "Grace Hopper");
        Session s = session(c, "101");
        assertThat(s.guid()).isEqualTo("aaaaaaaa-0000-4000-8000-000000000101");
        assertThat(s.subtitle()).isEqualTo("Welcome");
        assertThat(s.track()).isEqualTo("Main");
        assertThat(s.eventType()).isEqualTo("lecture");
        assertThat(s.language()).isEqualTo("en");
        assertThat(s.url()).isEqualTo("https://quirk.example.org/101");
        assertThat(s.abstractText()).isEqualTo("First & best.\n\nLonger text.\n\n• one\n\n• two");
        // links as objects and as plain strings; attachments resolved against base_url
        assertThat(s.links()).containsExactly(new Link("https://example.org/slides", "Slides"),
                new Link("https://example.org/plain", ""), new Link("https://quirk.example.org/system/a.pdf", "Paper"));
    }

    @Test
    void textIdsNullFieldsPersonFormsAndARepeatedDescription() {
        ImportResult r = fixture("classic-quirks.json");
        Session s = session(r.conference(), "102");
        assertThat(s.subtitle()).isEmpty();
        assertThat(s.track()).isEmpty();
        assertThat(s.language()).isEmpty();
        assertThat(s.abstractText()).as("a description equal to the abstract is not repeated").isEqualTo("Plain words.");
        assertThat(s.people()).containsExactly(new Person("Alan Turing", Role.SPEAKER, ""),
                new Person("Barbara Liskov", Role.SPEAKER, ""));
        assertThat(problemAbout(r, "\"102\" is written as a text").severity()).isEqualTo(Severity.INFO);
        Problem nameless = problemAbout(r, "a person with no name");
        assertThat(nameless.location().path()).isEqualTo("schedule.conference.days[0].rooms[\"Saal Ü\"][1].persons[2]");
        assertThat(nameless.location().line()).isEqualTo(35);
    }

    @Test
    void durationsInEveryFormAndSessionsAroundMidnight() {
        Conference c = fixture("classic-quirks.json").conference();
        // H:MM
        assertSession(c, "102", "Same text twice", "2024-03-01T10:00:00Z", "2024-03-01T11:30:00Z", "2024-03-01", "Saal Ü",
                "Alan Turing", "Barbara Liskov");
        // ISO PT45M, 23:30 to 00:15: crosses midnight and stays on its day
        assertSession(c, "104", "Crosses midnight", "2024-03-01T22:30:00Z", "2024-03-01T23:15:00Z", "2024-03-01", "Saal Ü",
                "Night Owl");
        // HH:MM:SS, 01:00 on the 2nd listed under the 1st: an after-midnight slot
        assertSession(c, "103", "After midnight", "2024-03-02T00:00:00Z", "2024-03-02T01:00:00Z", "2024-03-01", "Saal Ü");
    }

    @Test
    void duplicateIdsExactCopiesMergeOthersGetNewIds() {
        ImportResult r = fixture("classic-quirks.json");
        Conference c = r.conference();
        assertThat(r.eventsInFile()).isEqualTo(9);
        assertThat(r.merged()).isEqualTo(1);
        assertThat(r.refused()).isEqualTo(2);
        assertThat(c.sessions()).extracting(Session::id).containsExactly("101", "102", "101~2", "104", "103", "105");
        assertThat(problemAbout(r, "identical content").location().line()).isEqualTo(52);
        assertSession(c, "101~2", "Another talk under a used id", "2024-03-01T13:00:00Z", "2024-03-01T13:30:00Z",
                "2024-03-01", "Saal Ü");
        assertThat(problemAbout(r, "kept as 101~2").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void whatCannotBeAnEventIsRefusedByNameAndPlace() {
        ImportResult r = fixture("classic-quirks.json");
        Problem notAnEvent = problemAbout(r, "not an event");
        assertThat(notAnEvent.severity()).isEqualTo(Severity.ERROR);
        assertThat(notAnEvent.location().path()).isEqualTo("schedule.conference.days[0].rooms[\"Hall \\\"B\\\"\"][1]");
        assertThat(notAnEvent.location().line()).isEqualTo(109);
        Problem empty = problemAbout(r, "neither a title nor a time");
        assertThat(empty.message()).startsWith("event 106");
        assertThat(empty.severity()).isEqualTo(Severity.ERROR);
        Problem room = problemAbout(r, "names room \"Somewhere else\"");
        assertThat(room.message()).startsWith("event 105 \"Room field disagrees with its listing\"");
        assertThat(session(r.conference(), "105").room()).isEqualTo("Hall \"B\"");
    }

    @Test
    void timeFallbacksAreUsedAndReported() {
        ImportResult r = fixture("classic-times.json");
        Conference c = r.conference();
        assertThat(r.eventsInFile()).isEqualTo(12);
        assertSession(c, "201", "No date, clock only", "2024-03-01T09:00:00Z", "2024-03-01T09:30:00Z", "2024-03-01", "A");
        // a clock time before the day's start (09:00) is the night after it
        assertSession(c, "202", "No date, clock after midnight", "2024-03-02T01:00:00Z", "2024-03-02T01:30:00Z",
                "2024-03-01", "A");
        assertSession(c, "203", "No offset", "2024-03-01T14:00:00Z", "2024-03-01T14:30:00Z", "2024-03-01", "A");
        assertSession(c, "204", "Bad duration", "2024-03-01T15:00:00Z", "2024-03-01T15:00:00Z", "2024-03-01", "A");
        assertSession(c, "205", "No duration", "2024-03-01T16:00:00Z", "2024-03-01T16:00:00Z", "2024-03-01", "A");
        assertSession(c, "206", "Listed on the wrong day", "2024-03-06T09:00:00Z", "2024-03-06T09:30:00Z", "2024-03-01", "A");
        assertSession(c, "208", "Start disagrees with date", "2024-03-01T17:00:00Z", "2024-03-01T17:30:00Z", "2024-03-01", "A");
        assertSession(c, "212", "Space for the T", "2024-03-01T21:00:00Z", "2024-03-01T21:10:00Z", "2024-03-01", "A");
        Session unscheduled = session(c, "207");
        assertThat(unscheduled.isScheduled()).isFalse();
        assertThat(unscheduled.timeText()).isEqualTo("tomorrow");
        assertThat(c.unscheduled()).containsExactly(unscheduled);

        assertThat(problemAbout(r, "has no date; placed at its start time 10:00").location().path())
                .isEqualTo("schedule.conference.days[0].rooms[\"A\"][0].date");
        assertThat(problemAbout(r, "has no UTC offset").message()).contains("event 203");
        assertThat(problemAbout(r, "\"soon\" is not a duration").location().line()).isEqualTo(19);
        assertThat(problemAbout(r, "has no duration or end").message()).contains("event 205");
        assertThat(problemAbout(r, "but starts on 2024-03-06").message()).contains("event 206");
        assertThat(problemAbout(r, "kept as unscheduled").message()).contains("event 207");
        assertThat(problemAbout(r, "start 18:30 does not match").message()).contains("event 208");
    }

    @Test
    void missingAndStrangeIdsFallBackAndAreReported() {
        ImportResult r = fixture("classic-times.json");
        Conference c = r.conference();
        assertThat(session(c, "bbbbbbbb-0000-4000-8000-000000000209").title()).isEqualTo("No id");
        assertThat(problemAbout(r, "its guid bbbbbbbb").severity()).isEqualTo(Severity.INFO);
        assertThat(session(c, "event-10").title()).isEqualTo("Nothing to identify it");
        assertThat(session(c, "event-11").title()).as("a localised title map").isEqualTo("Object id, localised title");
        assertThat(problemAbout(r, "event id is an object").severity()).isEqualTo(Severity.WARNING);
        assertThat(problemAbout(r, "persons is a text, not a list").message()).contains("event 212");
        assertThat(problemAbout(r, "links is an object, not a list").message()).contains("event 212");
        assertThat(session(c, "212").people()).isEmpty();
    }

    @Test
    void scheduleV2EventsRoomsByGuidTracksBySlugRolesAndLanguages() {
        ImportResult r = fixture("hub-v2.json");
        Conference c = r.conference();
        assertThat(c.id()).isEqualTo("hubcon");
        assertThat(c.rooms()).as("declared rooms in order; the nameless one left out")
                .extracting(Room::name).containsExactly("Stage One", "Stage Two");
        assertThat(problemAbout(r, "room list has no name").location().path()).isEqualTo("schedule.conference.rooms[2]");

        Session first = session(c, "cccccccc-0000-4000-8000-000000000301");
        assertThat(first.title()).isEqualTo("Events before the conference object");
        assertThat(first.start()).hasToString("2024-07-05T08:00:00Z");
        assertThat(first.end()).as("end given as an instant").hasToString("2024-07-05T09:15:00Z");
        assertThat(first.day()).isEqualTo(LocalDate.of(2024, 7, 5));
        assertThat(first.room()).as("room found by guid").isEqualTo("Stage Two");
        assertThat(first.track()).as("track found by slug").isEqualTo("Science");
        assertThat(first.eventType()).isEqualTo("TALK");
        assertThat(first.abstractText()).as("the event's language picked").isEqualTo("Deutsche Zusammenfassung.");
        assertThat(first.people()).containsExactly(new Person("Host Person", Role.OTHER, ""),
                new Person("Mod Person", Role.MODERATOR, ""), new Person("Speaker Person", Role.SPEAKER, ""));
        assertThat(first.cancelled()).isTrue();

        Session late = session(c, "cccccccc-0000-4000-8000-000000000302");
        assertThat(late.start()).hasToString("2024-07-05T23:30:00Z");
        assertThat(late.end()).as("ISO duration").hasToString("2024-07-06T00:30:00Z");
        assertThat(late.day()).as("01:30 falls in day 1's range").isEqualTo(LocalDate.of(2024, 7, 5));
        assertThat(late.track()).isEqualTo("Music");
        assertThat(late.cancelled()).isFalse();

        Session outside = session(c, "cccccccc-0000-4000-8000-000000000303");
        assertThat(outside.room()).isEmpty();
        assertThat(outside.day()).as("03:00 belongs to the day before").isEqualTo(LocalDate.of(2024, 7, 8));
        assertThat(problemAbout(r, "names no room").message()).contains("Not in any room");
        assertThat(problemAbout(r, "outside the conference days").message()).contains("shown on 2024-07-08");
        assertThat(c.days()).containsExactly(LocalDate.of(2024, 7, 5), LocalDate.of(2024, 7, 6), LocalDate.of(2024, 7, 8));
    }

    @Test
    void withoutZoneNameTheOffsetIsUsedAndCalledAGuess() {
        ImportResult r = fixture("no-zone.json");
        assertThat(r.conference().zone()).isEqualTo(ZoneOffset.ofHours(1));
        Problem guess = problemAbout(r, "names no time zone");
        assertThat(guess.severity()).isEqualTo(Severity.INFO);
        assertThat(guess.message()).contains("UTC+01:00").contains("guess");
        assertSession(r.conference(), "1", "First", "2020-12-27T10:30:00Z", "2020-12-27T11:10:00Z", "2020-12-27", "Online");
    }

    @Test
    void anUnknownZoneNameWithMixedOffsetsTakesTheMostCommonAndWarns() {
        ImportResult r = fixture("mixed-offsets.json");
        assertThat(r.conference().zone()).isEqualTo(ZoneOffset.ofHours(1));
        Problem guess = problemAbout(r, "Mars/Olympus_Mons");
        assertThat(guess.severity()).isEqualTo(Severity.WARNING);
        assertThat(guess.message()).contains("UTC+01:00 ×2").contains("UTC+02:00 ×1");
        // instants stay exact whatever zone is shown
        assertSession(r.conference(), "3", "Summer", "2024-03-31T10:00:00Z", "2024-03-31T10:30:00Z", "2024-03-30", "Hall");
    }

    @Test
    void aConferenceWithoutScheduleWrapperAcronymOrZoneAndTrailingJunk() {
        ImportResult r = fixture("bare-conference.json");
        Conference c = r.conference();
        assertThat(c.id()).as("slug of the title").isEqualTo("bare-cafe-meetup");
        assertThat(c.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(c.rooms()).containsExactly(new Room(""));
        assertSession(c, "7", "Meet", "2024-05-04T18:00:00Z", "2024-05-04T20:00:00Z", "2024-05-04", "");
        assertThat(messages(r)).anyMatch(m -> m.contains("not wrapped in a \"schedule\""))
                .anyMatch(m -> m.contains("no acronym"))
                .anyMatch(m -> m.contains("not JSON follows the end"));
    }

    @Test
    void aScheduleWithNoNamesNoEventsAndWrongTypesStillImports() {
        ImportResult r = fixture("nothing-named.json");
        Conference c = r.conference();
        assertThat(c.id()).isEqualTo("nothing-named");
        assertThat(c.title()).isEqualTo("nothing-named");
        assertThat(c.sessions()).isEmpty();
        assertThat(c.days()).containsExactly(LocalDate.of(2024, 5, 4));
        assertThat(messages(r)).anyMatch(m -> m.contains("lists no events"))
                .anyMatch(m -> m.contains("no conference title"))
                .anyMatch(m -> m.contains("days[1].rooms is a list where an object belongs"))
                .anyMatch(m -> m.contains("days[2] is a text where an object belongs"))
                .anyMatch(m -> m.contains("listed more than once"));
    }

    @Test
    void problemsComeInFileOrder() {
        ImportResult r = fixture("classic-times.json");
        assertThat(r.problems()).extracting(p -> p.location().line()).isSorted();
    }
}

package org.conferenceplanner.importer.sctext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramInput;

/**
 * Writes the embedded SC12 program, {@code src/main/resources/programs/sc12.txt}, in SC program text
 * from the facts in {@code sc12-events.json} (see {@link Sc12Facts}) and the seed page, whose event
 * (exforum140) is the only one whose abstract we may ship. The others link to their SC12 page instead.
 * Run it again when the facts change; {@code EmbeddedSc12Test} fails while the committed file differs:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.conferenceplanner.importer.sctext.Sc12ProgramGenerator ../shared src/main/resources/programs/sc12.txt
 * </pre>
 */
public final class Sc12ProgramGenerator {

    static final String JSON = "schedules/sc12/sc12-events.json";
    static final String SEED = "seed/000_6683d7f1937232e4.txt";
    static final String SEED_EVID = "exforum140";
    static final LocalDate FIRST_DAY = LocalDate.of(2012, 11, 10);
    static final LocalDate LAST_DAY = LocalDate.of(2012, 11, 16);

    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mma", Locale.ENGLISH);
    private static final Map<String, String> LABELS = labels();

    private Sc12ProgramGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/programs/sc12.txt");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, render(shared), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** The program text for the facts and seed under {@code shared}. */
    static String render(Path shared) throws IOException {
        Sc12Facts facts = Sc12Facts.read(shared.resolve(JSON));
        Session seed = seedSession(shared.resolve(SEED));
        StringBuilder out = new StringBuilder();
        out.append("SCHEDULE: NOV 10-16, 2012\n");
        out.append("CONFERENCE: ").append(facts.name()).append('\n');
        out.append("VENUE: ").append(facts.venue()).append('\n');
        out.append("TIME ZONE: ").append(Sc12Facts.ZONE.getId()).append('\n');
        out.append("The SC12 program as far as it is known, written by Sc12ProgramGenerator from public SC12 pages."
                + " Events with no known date come first, under no day heading. Abstracts are the authors':"
                + " each event links to its page instead, except the one whose page text this app was given.\n");
        List<Sc12Facts.Event> events = new ArrayList<>(facts.events());
        events.stream().filter(e -> e.date() == null).forEach(e -> appendEvent(out, e, seed));
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            out.append(HEADING.format(day)).append('\n');
            LocalDate d = day;
            events.stream().filter(e -> d.equals(e.date()))
                    .sorted(Comparator.comparing(Sc12Facts.Event::start, Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(e -> appendEvent(out, e, seed));
        }
        return out.toString();
    }

    private static Session seedSession(Path seedFile) throws IOException {
        ImportResult r = new ScTextImporter().read(new ProgramInput("seed", Files.readAllBytes(seedFile)));
        if (!r.succeeded() || r.conference().sessions().size() != 1) {
            throw new IllegalStateException("the seed should hold one event: " + r.problems());
        }
        return r.conference().sessions().get(0);
    }

    private static void appendEvent(StringBuilder out, Sc12Facts.Event e, Session seed) {
        boolean isSeed = SEED_EVID.equals(e.evid());
        if (isSeed && !(seed.title().equals(e.title()) && seed.room().equals(e.room()) && seed.track().equals(e.session()))) {
            throw new IllegalStateException("the seed page and the facts disagree about " + SEED_EVID);
        }
        out.append(title(e.title())).append('\n');
        labelled(out, "SESSION:", e.session());
        labelled(out, "EVENT TYPE:", e.eventType());
        labelled(out, "TIME:", time(e));
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        for (Sc12Facts.Someone p : e.people()) {
            byLabel.computeIfAbsent(label(p.roleText()), k -> new ArrayList<>()).add(name(p.name()));
        }
        byLabel.forEach((label, names) -> out.append(label).append(':').append(String.join(", ", names)).append('\n'));
        out.append("ROOM:").append(e.room()).append('\n');
        if (e.evid() != null) {
            out.append("EVID: ").append(e.evid()).append('\n');
        }
        e.urls().forEach(u -> out.append("URL: ").append(u).append('\n'));
        out.append("ABSTRACT:\n");
        if (isSeed) {
            out.append(seed.abstractText().replace("\n\n", "\n")).append('\n');
        } else {
            out.append("The abstract is not copied here; read it on the event's page: ").append(e.page()).append('\n');
        }
        if (!e.people().isEmpty()) {
            out.append(details(e)).append('\n');
            for (Sc12Facts.Someone p : e.people()) {
                out.append(p.name()).append(p.affiliation().isEmpty() ? "" : " - " + p.affiliation()).append('\n');
            }
        }
    }

    private static void labelled(StringBuilder out, String label, String value) {
        out.append(label).append(value.isEmpty() ? "" : " " + value).append('\n');
    }

    private static String time(Sc12Facts.Event e) {
        if (e.start() == null) {
            return e.timeText();
        }
        return CLOCK.format(e.start().atZone(Sc12Facts.ZONE)) + " - " + CLOCK.format(e.end().atZone(Sc12Facts.ZONE));
    }

    private static String details(Sc12Facts.Event e) {
        List<String> roles = e.people().stream().map(p -> p.roleText().toLowerCase(Locale.ROOT)).toList();
        if (roles.stream().anyMatch(r -> r.contains("leader"))) {
            return "Session Leader Details:";
        }
        if (roles.contains("author")) {
            return "Chair/Author Details:";
        }
        return roles.contains("speaker") ? "Chair/Speaker Details:" : "Chair/Presenter Details:";
    }

    private static String label(String roleText) {
        String label = LABELS.get(roleText.toLowerCase(Locale.ROOT));
        if (label == null) {
            throw new IllegalStateException("no SC label for the role " + roleText);
        }
        return label;
    }

    /** A title must not read as a label or a day heading. */
    private static String title(String text) {
        if (ScDates.heading(text).isPresent() || ScLabel.parse(text).isPresent()) {
            throw new IllegalStateException("cannot be written as an SC title line: " + text);
        }
        return text;
    }

    /** A name must not hold the list separators of a people line or the " - " of a details line. */
    private static String name(String text) {
        if (text.contains(",") || text.contains(";") || text.contains(" - ")) {
            throw new IllegalStateException("cannot be written as an SC name: " + text);
        }
        return text;
    }

    private static Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("session chair", "SESSION CHAIR");
        m.put("primary session leader", "PRIMARY SESSION LEADER");
        m.put("secondary session leader", "SECONDARY SESSION LEADER(S)");
        m.put("session leader", "SESSION LEADER(S)");
        m.put("author", "AUTHOR(S)");
        m.put("presenter", "Presenter(s)");
        m.put("speaker", "Speaker(s)");
        return m;
    }
}

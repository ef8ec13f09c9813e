package org.conferenceplanner.importer.ical;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.DefaultComponentFactorySupplier;
import net.fortuna.ical4j.data.DefaultContentHandler;
import net.fortuna.ical4j.data.DefaultParameterFactorySupplier;
import net.fortuna.ical4j.data.DefaultPropertyFactorySupplier;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentFactory;
import net.fortuna.ical4j.model.ParameterFactory;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;

/**
 * Runs ical4j over the repaired text. Leniency is set on each parse, never through ical4j's global
 * {@code CompatibilityHints} (static state shared by the whole JVM): the parser absorbs stray whitespace
 * ({@code CalendarParserImpl(true)}), and a property whose value ical4j cannot read (an ORGANIZER that is
 * a bare name, an impossible date) is left out instead of failing the file
 * ({@code ContentHandlerContext.withSuppressInvalidProperties}). The text goes to the parser without
 * ical4j's UnfoldingReader, because the pre-pass has unfolded it already. Should ical4j still refuse the
 * whole text, each event is read on its own, so one bad event costs only itself. One instance per
 * file; not thread-safe.
 */
final class IcsCalendarReader {

    private final String file;
    private final List<Problem> problems;
    private final List<String> failures = new ArrayList<>();
    private final ContentHandlerContext context;

    IcsCalendarReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
        // ical4j's default suppliers build some 70 factories for every property read; they are stateless, so build them once
        List<PropertyFactory<?>> properties = new DefaultPropertyFactorySupplier().get();
        List<ParameterFactory<?>> parameters = new DefaultParameterFactorySupplier().get();
        List<ComponentFactory<?>> components = new DefaultComponentFactorySupplier().get();
        this.context = new ContentHandlerContext()
                .withSuppressInvalidProperties(true)
                .withPropertyFactorySupplier(() -> properties)
                .withParameterFactorySupplier(() -> parameters)
                .withComponentFactorySupplier(() -> components);
    }

    /**
     * The events ical4j read, in the order and number of {@code ics.events()}; an event ical4j could not
     * read at all is null, and {@link #failure(int)} says why.
     */
    List<VEvent> read(RepairedIcs ics) {
        int expected = ics.events().size();
        failures.clear();
        failures.addAll(Collections.nCopies(expected, ""));
        try {
            List<VEvent> events = events(parse(ics.text()));
            if (events.size() == expected) {
                return events;
            }
            problems.add(Problem.info(Location.of(file), "ical4j read " + events.size() + " of " + expected
                    + " events from the whole file; the events were read one by one"));
        } catch (ParserException e) {
            int line = ics.fileLine(e.getLineNo());
            problems.add(Problem.warning(Location.line(file, line), "the file could not be read as a whole (near line " + line
                    + ": " + reason(e) + "); the events were read one by one"));
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.warning(Location.of(file), "the file could not be read as a whole (" + reason(e)
                    + "); the events were read one by one"));
        }
        return oneByOne(ics);
    }

    /** Why event {@code index} could not be read; empty when it was. */
    String failure(int index) {
        return failures.get(index);
    }

    private List<VEvent> oneByOne(RepairedIcs ics) {
        String zones = readableTimezones(ics);
        List<VEvent> events = new ArrayList<>();
        for (int i = 0; i < ics.events().size(); i++) {
            RawEvent raw = ics.events().get(i);
            StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").append(zones).append("BEGIN:VEVENT\r\n");
            raw.properties().forEach(p -> text.append(p.text()).append("\r\n"));
            text.append("END:VEVENT\r\nEND:VCALENDAR\r\n");
            try {
                List<VEvent> one = events(parse(text.toString()));
                events.add(one.size() == 1 ? one.get(0) : null);
                failures.set(i, one.size() == 1 ? "" : "ical4j found no event in it");
            } catch (ParserException | IOException | RuntimeException e) {
                events.add(null);
                failures.set(i, reason(e));
            }
        }
        return events;
    }

    /** The VTIMEZONE blocks ical4j accepts; a broken one would otherwise fail every event read with it. */
    private String readableTimezones(RepairedIcs ics) {
        StringBuilder ok = new StringBuilder();
        for (String zone : ics.timezones()) {
            try {
                parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + zone + "END:VCALENDAR\r\n");
                ok.append(zone);
            } catch (ParserException | IOException | RuntimeException e) {
                problems.add(Problem.warning(Location.of(file), "a VTIMEZONE could not be read (" + reason(e)
                        + "); times that name it are read in the conference zone"));
            }
        }
        return ok.toString();
    }

    private Calendar parse(String text) throws IOException, ParserException {
        List<Calendar> result = new ArrayList<>(1);
        DefaultContentHandler handler = new DefaultContentHandler(result::add,
                TimeZoneRegistryFactory.getInstance().createRegistry(), context);
        new CalendarParserImpl(true).parse(new StringReader(text), handler);
        if (result.isEmpty()) {
            throw new ParserException("no VCALENDAR", 0);
        }
        return result.get(result.size() - 1);
    }

    private static List<VEvent> events(Calendar calendar) {
        List<VEvent> events = new ArrayList<>();
        for (Component c : calendar.getComponents()) {
            if (c instanceof VEvent e) {
                events.add(e);
            }
        }
        return events;
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return IcsText.shorten(message.replaceFirst("^Error at line \\d+:", "").strip(), 160);
    }
}

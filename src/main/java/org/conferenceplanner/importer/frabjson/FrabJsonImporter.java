package org.conferenceplanner.importer.frabjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramImporter;
import org.conferenceplanner.importer.ProgramInput;

/**
 * Reads frab / C3VOC schedule JSON: the classic form ({@code schedule.conference.days[].rooms{name:
 * [events]}}) and the schedule v2 "hub" form ({@code conference.rooms[]}, {@code schedule.events[]}),
 * and the many real files that fit neither schema. The file is streamed; only one event at a time is
 * held, as its fields, so a 100 MB program costs little more than one pass of the parser.
 *
 * <p>Broken JSON keeps the events read before the break and reports where it broke; a file that is
 * not UTF-8 is read again as Windows-1252 (or as UTF-8 with the bad bytes replaced). Stateless and
 * thread-safe; never throws on bad input.
 */
public final class FrabJsonImporter implements ProgramImporter {

    /** Real schedules nest about eight levels; deeper JSON is refused before it costs anything. */
    static final int MAX_NESTING_DEPTH = 64;

    private final ObjectMapper mapper;

    public FrabJsonImporter() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
        // decimals read exactly, so a problem can quote a number such as 1e400 as the file wrote it
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Override
    public ProgramFormat format() {
        return ProgramFormat.FRAB_JSON;
    }

    /**
     * A JSON object (after any byte-order mark and white space) that mentions a schedule or a
     * conference. The head is decoded as UTF-8, so a UTF-16 file shows its BOM as U+FFFD and a NUL
     * beside every ASCII character; both are looked through.
     */
    @Override
    public boolean recognizes(String head) {
        String text = head.indexOf('\0') < 0 ? head : head.replace("\0", "");
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF'
                || text.charAt(i) == '\uFFFD')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '{'
                && (text.contains("\"schedule\"") || text.contains("\"conference\""));
    }

    @Override
    public ImportResult read(ProgramInput input) {
        List<Problem> problems = new ArrayList<>();
        try {
            return read(input, mapper.createParser(input.bytes()), input.bytes(), problems);
        } catch (EncodingTrouble trouble) {
            Charset charset = LegacyEncoding.guess(input.bytes());
            List<Problem> second = new ArrayList<>();
            second.add(Problem.warning(Location.line(input.name(), trouble.line), "the file is not valid UTF-8"
                    + (charset.equals(StandardCharsets.UTF_8) ? "; the bad bytes are shown as \uFFFD"
                            : "; read as Windows-1252")));
            try {
                return read(input, mapper.createParser(LegacyEncoding.reader(input.bytes(), charset)), null, second);
            } catch (EncodingTrouble | IOException e) {
                return failed(input, second, Problem.error(Location.line(input.name(), trouble.line),
                        "the file is in no text encoding this app can read"));
            }
        } catch (IOException e) {
            return failed(input, problems,
                    Problem.error(Location.of(input.name()), "the file cannot be read: " + e.getMessage()));
        }
    }

    /** {@code source}: the bytes the parser reads, or null when it reads them decoded. */
    private ImportResult read(ProgramInput input, JsonParser parser, byte[] source, List<Problem> problems)
            throws EncodingTrouble {
        String name = input.name();
        ScheduleFacts facts = new ScheduleFacts();
        ConferenceAssembler assembler = new ConferenceAssembler(input, facts, problems);
        try (parser) {
            new ScheduleWalker(parser, mapper.getFactory(), source, name, facts, assembler, problems).walk();
        } catch (NotAScheduleException e) {
            return failed(input, problems, Problem.error(Location.of(name), e.getMessage()));
        } catch (CharConversionException e) {
            throw new EncodingTrouble(0);
        } catch (JsonProcessingException e) {
            int line = JsonFailure.line(e);
            if (JsonFailure.isEncoding(e)) {
                throw new EncodingTrouble(line);
            }
            String reason = JsonFailure.describe(e, MAX_NESTING_DEPTH);
            if (assembler.eventsRead() == 0) {
                return failed(input, problems, Problem.error(Location.line(name, line), reason));
            }
            int read = assembler.eventsRead();
            problems.add(Problem.error(Location.line(name, line), reason + "; the " + read + (read == 1 ? " event" : " events")
                    + " before line " + line + (read == 1 ? " is" : " are") + " kept, anything after it is missing"));
        } catch (IOException e) {
            return failed(input, problems, Problem.error(Location.of(name), "the file cannot be read: " + e.getMessage()));
        }
        return assembler.assemble();
    }

    private static ImportResult failed(ProgramInput input, List<Problem> earlier, Problem reason) {
        List<Problem> problems = new ArrayList<>();
        problems.add(reason);
        problems.addAll(earlier);
        return new ImportResult(input.name(), ProgramFormat.FRAB_JSON, null, problems, 0, 0, 0);
    }

    /** The bytes are not in the encoding the parser assumed; thrown to start the second reading. */
    private static final class EncodingTrouble extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        EncodingTrouble(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }
}

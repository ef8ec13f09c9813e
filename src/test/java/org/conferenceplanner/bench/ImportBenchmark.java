package org.conferenceplanner.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import time against a bare streaming parse of the same bytes (StAX for XML, Jackson tokens for
 * JSON), in the same run: the ratio of the two is the figure that matters (target at most 2×).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ImportBenchmark {

    /** A real file under schedules.dir, or "gen-xml-N" / "gen-json-N" for a generated program of N sessions. */
    @Param({"frab-xml/fosdem-2025.xml", "frab-json/39c3-everything.schedule.json",
            "gen-xml-1000", "gen-json-1000", "gen-xml-10000", "gen-json-10000", "gen-xml-50000", "gen-json-50000"})
    public String program;

    private byte[] bytes;
    private boolean json;
    private ProgramReader reader;
    private final XMLInputFactory stax = XMLInputFactory.newFactory();
    private final JsonFactory jackson = new JsonFactory();

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path file;
        if (program.startsWith("gen-")) {
            String[] parts = program.split("-");
            file = GeneratedPrograms.file(GeneratedPrograms.Format.named(parts[1]), Integer.parseInt(parts[2]));
        } else {
            file = Path.of(System.getProperty("schedules.dir", "../shared/schedules")).resolve(program);
        }
        bytes = Files.readAllBytes(file);
        json = file.toString().endsWith(".json");
        reader = StandardImporters.reader(ImportLimits.defaults());
        stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        ImportResult check = reader.read(new ProgramInput(file.getFileName().toString(), bytes));
        if (!check.succeeded()) {
            throw new IllegalStateException("benchmark input does not import: " + check.firstError().orElseThrow());
        }
    }

    @Benchmark
    public ImportResult importProgram() {
        return reader.read(new ProgramInput(program, bytes));
    }

    /** The baseline: every token of the same bytes, text decoded, and nothing kept. */
    @Benchmark
    public long bareStreamingParse() throws IOException, XMLStreamException {
        return json ? jsonTokens() : xmlEvents();
    }

    /**
     * A second reference, not the target's baseline: the same pass making a String of every text
     * value, which is the least an importer that keeps the program's text must do.
     */
    @Benchmark
    public long streamingParseWithStrings() throws IOException, XMLStreamException {
        return json ? jsonStrings() : xmlStrings();
    }

    private long xmlEvents() throws XMLStreamException {
        XMLStreamReader r = stax.createXMLStreamReader(new ByteArrayInputStream(bytes));
        long n = 0;
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.CHARACTERS) {
                n += r.getTextLength();
            }
        }
        r.close();
        return n;
    }

    private long xmlStrings() throws XMLStreamException {
        XMLStreamReader r = stax.createXMLStreamReader(new ByteArrayInputStream(bytes));
        long n = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS) {
                n += r.getText().length();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    n += r.getAttributeValue(i).length();
                }
            }
        }
        r.close();
        return n;
    }

    private long jsonStrings() throws IOException {
        long n = 0;
        try (JsonParser p = jackson.createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    n += p.getText().length();
                }
            }
        }
        return n;
    }

    private long jsonTokens() throws IOException {
        long n = 0;
        try (JsonParser p = jackson.createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    n += p.getTextLength();
                }
            }
        }
        return n;
    }
}

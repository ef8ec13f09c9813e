package org.conferenceplanner.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ../shared/tools/calcheck} (real calendar parsers: ical.js, python-icalendar, vobject,
 * libical, KCalendarCore, khal, calcurse) on exported files. A test that needs it is reported skipped
 * when calcheck or one of its parsers is not installed ({@code shared/tools/install-calcheck}; .ci/run
 * installs it).
 */
final class Calcheck {

    /** What we meant to write for one event, in calcheck's --expect form. */
    record Expected(String uid, String summary, Instant start, Instant end, String location, String description) {
    }

    /** The exit status and everything calcheck printed; the last line is "N passed, N failed". */
    record Outcome(int exitCode, String output) {
        String resultLine() {
            List<String> lines = output.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private Calcheck() {
    }

    static Path executable() {
        Path tool = Path.of(System.getProperty("shared.dir", "../shared"), "tools", "calcheck");
        assumeTrue(Files.isRegularFile(tool), "calcheck not found at " + tool + ": calendar software checks skipped");
        Outcome version = run(List.of(tool.toString(), "--version"));
        assumeTrue(version.exitCode() == 0, "calcheck parsers not installed (run shared/tools/install-calcheck): "
                + version.output().replace('\n', ';'));
        return tool;
    }

    static Outcome check(Path dir, String name, List<Expected> expected, ZoneId zone, String... files) {
        List<String> cmd = new ArrayList<>(List.of(executable().toString()));
        if (expected != null) {
            cmd.add("--expect");
            cmd.add(writeExpectation(dir.resolve(name + ".expect.json"), expected, zone).toString());
        }
        cmd.addAll(List.of(files));
        Outcome outcome = run(cmd);
        // the result line goes into the test log, where the report quotes it
        System.out.println("calcheck " + name + ": " + outcome.resultLine());
        return outcome;
    }

    private static Path writeExpectation(Path file, List<Expected> expected, ZoneId zone) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (Expected e : expected) {
            ObjectNode o = array.addObject();
            if (e.uid() != null) {
                o.put("uid", e.uid());
            }
            o.put("summary", e.summary());
            o.put("start", e.start().atZone(zone).toOffsetDateTime().toString());
            o.put("end", e.end().atZone(zone).toOffsetDateTime().toString());
            o.put("location", e.location());
            if (e.description() != null) {
                o.put("description", e.description());
            }
        }
        try {
            mapper.writeValue(file.toFile(), array);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return file;
    }

    private static Outcome run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Outcome(-1, "calcheck timed out");
            }
            return new Outcome(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.conferenceplanner.importer.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Files made to hurt the reader, read through {@code ProgramReader} as a user's file would be: XML
 * external entities naming a local file or a URL (nothing is read, no connection is made), entity
 * expansion bombs (refused fast, in a 32 MB heap in a separate JVM), and a 1 GB file in every format
 * (refused from its size without being read).
 */
class HostileInputTest {

    private static final String SECRET = "TOP-SECRET-3f9c1e";
    private static final Duration FAST = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());

    @Test
    void anExternalEntityNamingALocalFileIsNeverRead() throws IOException {
        Sample.FRAB_XML.assumeRegistered();
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        for (String declaration : List.of("<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">",
                "<!ENTITY secret SYSTEM \"" + secret + "\">", "<!ENTITY % secret SYSTEM \"" + secret.toUri() + "\"> %secret;")) {
            Path file = write("xxe-file.xml", program(declaration, "&secret;"));
            ImportResult r = assertTimeoutPreemptively(FAST, () -> reader.read(file));
            assertRefusedForEntities(r, "xxe-file.xml");
            assertThat(r.toString()).doesNotContain(SECRET);
        }
    }

    @Test
    void nothingInAProgramMakesANetworkConnection() throws IOException {
        try (Listener listener = new Listener()) {
            String url = listener.url();
            List<Path> files = new ArrayList<>();
            if (Sample.FRAB_XML.registered()) {
                files.add(write("entity.xml", program("<!ENTITY remote SYSTEM \"" + url + "entity\">", "&remote;")));
                files.add(write("parameter.xml", program("<!ENTITY % remote SYSTEM \"" + url + "dtd\"> %remote;", "x")));
                files.add(write("external-dtd.xml", Sample.FRAB_XML.text().replace("<schedule>",
                        "<!DOCTYPE schedule SYSTEM \"" + url + "schedule.dtd\">\n<schedule>")));
                files.add(write("xinclude.xml", Sample.FRAB_XML.text().replace("<schedule>",
                        "<schedule xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"" + url + "x\" parse=\"text\"/>")));
            }
            // ical4j can fetch zone definitions from a VTIMEZONE's TZURL when its updates are switched on
            files.add(write("tzurl.ics", Sample.ICALENDAR.text().replace("X-WR-TIMEZONE:Europe/Berlin\r\n",
                    "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nTZURL:" + url + "Europe/Berlin\r\nBEGIN:STANDARD\r\n"
                            + "DTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n")
                    .replace("DTSTART:20240305T090000Z", "DTSTART;TZID=Europe/Berlin:20240305T100000")));
            for (Path file : files) {
                ImportResult r = assertTimeoutPreemptively(FAST, () -> reader.read(file), file.getFileName().toString());
                ImportInvariants.check(file.getFileName().toString(), r);
            }
            assertThat(listener.connections()).as("connections to " + url).isZero();
        }
    }

    @Test
    void entityBombsAreRefusedFastAndInASmallHeap() throws Exception {
        Sample.FRAB_XML.assumeRegistered();
        List<Path> bombs = List.of(
                SharedData.fixture("frabxml/entity-bomb.xml"),
                // quadratic blow-up: one 64 KB entity referenced 20,000 times is 1.3 GB of text
                write("quadratic.xml", program("<!ENTITY a \"" + "a".repeat(65_536) + "\">", "&a;".repeat(20_000))),
                write("parameter-bomb.xml", program("<!ENTITY % a \"aaaaaaaaaa\"> <!ENTITY % b \"%a;%a;%a;%a;%a;%a;%a;%a;\">"
                        + " <!ENTITY % c \"%b;%b;%b;%b;%b;%b;%b;%b;\"> <!ENTITY % d \"%c;%c;%c;%c;%c;%c;%c;%c;\"> %d;", "x")));
        for (Path bomb : bombs) {
            ImportResult r = assertTimeoutPreemptively(FAST, () -> reader.read(bomb), bomb.getFileName().toString());
            assertRefusedForEntities(r, bomb.getFileName().toString());
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), ReadInSmallHeap.class.getName()));
        bombs.forEach(b -> command.add(b.toString()));
        // and a real program, to show the heap is big enough for honest work
        command.add(write("honest.xml", Sample.FRAB_XML.text()).toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean ended = child.waitFor(120, TimeUnit.SECONDS);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            child.destroyForcibly();
        }
        assertThat(ended).as("the child JVM ended; it said: " + output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(l -> l.startsWith("REFUSED ")).count()).as(output).isEqualTo(bombs.size());
        assertThat(output.lines().filter(l -> l.startsWith("IMPORTED ")).count()).as(output).isEqualTo(1);
        assertThat(output).doesNotContain("internal error", "OutOfMemoryError", "SLOW ");
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void aOneGigabyteFileIsRefusedFromItsSizeWithoutBeingRead(Sample sample) throws IOException {
        sample.assumeRegistered();
        Path huge = dir.resolve(sample.fileName("huge"));
        Files.write(huge, sample.utf8());
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30); // sparse: 1 GB on paper, a few bytes on disk
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        ImportResult r = assertTimeoutPreemptively(FAST, () -> reader.read(huge));
        long grown = runtime.totalMemory() - runtime.freeMemory() - before;
        assertThat(grown).as("heap growth in bytes").isLessThan(64L << 20);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.firstError().orElseThrow()).hasToString(sample.fileName("huge") + ": ERROR: the file is 1024.0 MB,"
                + " over the limit of 256.0 MB for a program file; it was not read");
    }

    @ParameterizedTest
    @EnumSource(Sample.class)
    void theSizeLimitIsASetting(Sample sample) throws IOException {
        sample.assumeRegistered();
        ProgramReader strict = StandardImporters.reader(new ImportLimits(1024));
        Path file = write(sample.fileName("over-a-kilobyte"), sample.text() + " ".repeat(1100));
        assertThat(strict.read(file).firstError().orElseThrow().message()).contains("over the limit", "not read");
        assertThat(strict.read(new ProgramInput("in-memory", Files.readAllBytes(file))).firstError().orElseThrow().message())
                .contains("over the limit");
        assertThat(reader.read(file).succeeded()).isTrue();
    }

    private static void assertRefusedForEntities(ImportResult r, String file) {
        assertThat(r.succeeded()).as(r.problems().toString()).isFalse();
        Problem reason = r.firstError().orElseThrow();
        DamagedInputAcrossFormatsTest.assertLocated(reason, file);
        assertThat(reason.message()).contains("entities", "refused");
    }

    /** The RobustCon sample with a DOCTYPE declaring {@code declarations} and {@code reference} in the first title. */
    private static String program(String declarations, String reference) {
        return Sample.FRAB_XML.text()
                .replace("<schedule>", "<!DOCTYPE schedule [\n  " + declarations + "\n]>\n<schedule>")
                .replace("<title>Second talk</title>", "<title>" + reference + "</title>");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Accepts and counts connections on a free local port until closed. */
    private static final class Listener implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor = new Thread(this::accept, "xxe-listener");

        Listener() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getLocalPort() + "/";
        }

        int connections() {
            return connections.get();
        }

        private void accept() {
            while (!server.isClosed()) {
                try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}

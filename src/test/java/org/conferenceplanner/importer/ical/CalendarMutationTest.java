package org.conferenceplanner.importer.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.Severity;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Calendar files damaged in deterministic ways (cut, bytes flipped, lines dropped or doubled) end in
 * an import that balances its books or in a clear refusal, never in an exception.
 */
class CalendarMutationTest {

    private static final int MUTATIONS_PER_FILE = 40;

    private final ProgramReader reader = StandardImporters.reader(ImportLimits.defaults());

    @Test
    void mutatedCalendarsNeverThrow() throws IOException {
        List<Path> seeds = new ArrayList<>();
        for (String dir : List.of("ical", "vcal")) {
            try (Stream<Path> files = Files.list(SharedData.fixture(dir))) {
                files.filter(p -> !p.getFileName().toString().startsWith("long")).sorted().forEach(seeds::add);
            }
        }
        Random random = new Random(20121114);
        int imports = 0;
        for (Path seed : seeds) {
            byte[] original = Files.readAllBytes(seed);
            for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
                byte[] mutated = mutate(original, random);
                String name = seed.getFileName() + "#" + i;
                assertThatCode(() -> check(reader.read(new ProgramInput(name, mutated)))).as(name).doesNotThrowAnyException();
                imports++;
            }
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(25);
        assertThat(imports).isEqualTo(seeds.size() * MUTATIONS_PER_FILE);
    }

    private static void check(ImportResult r) {
        if (r.succeeded()) {
            assertThat(r.eventsInFile()).isEqualTo(r.conference().sessions().size() + r.refused() + r.merged());
        } else {
            assertThat(r.firstError()).isPresent();
            assertThat(r.firstError().get().severity()).isEqualTo(Severity.ERROR);
        }
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        if (bytes.length < 2) {
            return bytes;
        }
        switch (random.nextInt(5)) {
            case 0 -> {
                return Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
            }
            case 1 -> {
                byte[] b = bytes.clone();
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 2 -> {
                return lines(bytes, random, false);
            }
            case 3 -> {
                return lines(bytes, random, true);
            }
            default -> {
                int at = random.nextInt(bytes.length);
                byte[] b = new byte[bytes.length - 1];
                System.arraycopy(bytes, 0, b, 0, at);
                System.arraycopy(bytes, at + 1, b, at, bytes.length - at - 1);
                return b;
            }
        }
    }

    /** Drops or doubles one line. */
    private static byte[] lines(byte[] bytes, Random random, boolean duplicate) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        if (duplicate) {
            lines.add(at, lines.get(at));
        } else {
            lines.remove(at);
        }
        return String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}

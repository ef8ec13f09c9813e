package org.conferenceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as a user runs it: {@code java -jar target/conference-planner.jar ...}. Runs in the
 * integration-test phase (failsafe), after package; skipped when there is no jar.
 */
class JarCommandLineIT {

    private static final Path SEED = Path.of("src/test/resources/fixtures/sctext/seed-openonload.txt");

    @Test
    void theJarPrintsItsVersionAndInspectsAFile() throws Exception {
        InspectCommandTest.Run version = java("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().strip()).isEqualTo("Conference Planner " + InspectCommandTest.pomVersion());

        InspectCommandTest.Run inspect = java("inspect", SEED.toString());
        assertThat(inspect.exit()).isZero();
        assertThat(inspect.out()).contains("SC program page text").contains("sessions:  1 (1 unscheduled)");
        InspectCommandTest.assertNoStackTrace(inspect);

        InspectCommandTest.Run missing = java("inspect", "no-such-program.xml");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly("conference-planner: no-such-program.xml: the file does not exist");
        InspectCommandTest.assertNoStackTrace(missing);
    }

    private static InspectCommandTest.Run java(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("jar.file", "target/conference-planner.jar"));
        assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the jar did not finish within 60 s: " + command);
            }
            return new InspectCommandTest.Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}

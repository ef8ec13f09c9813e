package org.conferenceplanner.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.conferenceplanner.store.KnownProgram;
import org.conferenceplanner.store.ProgramLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up measurement (packaging/measure-startup.sh) is a documented command, not run in CI:
 * these cheap checks keep it from rotting. Its data-directory seeder still compiles against the
 * store and makes a directory whose last-opened program is the given file; the script parses.
 */
class MeasureStartupToolsTest {

    private static final Path SEEDER = Path.of("packaging/startup/SeedDataDir.java");
    private static final Path SCRIPT = Path.of("packaging/measure-startup.sh");

    @TempDir
    Path tmp;

    @Test
    void theSeederMakesTheProgramTheLastOpenedOne() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assumeTrue(javac != null, "no compiler in this runtime");
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = javac.run(null, null, errors, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                SEEDER.toString());
        assertThat(code).as(errors.toString(StandardCharsets.UTF_8)).isZero();

        Path program = tmp.resolve("sc12.txt");
        try (InputStream in = getClass().getResourceAsStream("/programs/sc12.txt")) {
            Files.copy(in, program);
        }
        Path dataDir = tmp.resolve("data");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("SeedDataDir").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[] {dataDir.toString(), program.toString()});
        }
        ProgramLibrary library = new ProgramLibrary(dataDir.resolve("programs"), Clock.systemUTC());
        assertThat(library.lastOpened()).map(KnownProgram::originalName).hasValue("sc12.txt");
        assertThat(library.lastOpened()).map(KnownProgram::title).get().asString().startsWith("SC12");
    }

    @Test
    void theScriptParsesAndExplainsItself() throws IOException, InterruptedException {
        assertThat(run("bash", "-n", SCRIPT.toString())).isEmpty();
        assertThat(run("bash", SCRIPT.toString(), "--help")).contains("measure-startup.sh [-n RUNS]").contains("--variant");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}

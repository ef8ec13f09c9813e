package org.conferenceplanner.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.conferenceplanner.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed app behaves like the jar: runs after {@code mvn -Ppackage package} built the app
 * image (failsafe, profile "package"), through its real launcher.
 */
class PackagedAppIT {

    private static final Path IMAGE = Path.of(System.getProperty("app.image", "target/dist/conference-planner"));
    private static final String VERSION = System.getProperty("project.version");

    @TempDir
    Path dataDir;

    @BeforeAll
    static void imageBuilt() {
        boolean required = Boolean.getBoolean("app.image.required");
        boolean present = Files.isExecutable(IMAGE.resolve("bin/conference-planner"));
        if (required) {
            assertThat(present).as("app image built by the package profile at " + IMAGE).isTrue();
        }
        assumeTrue(present, "no app image: build it with mvn -Ppackage package");
    }

    @Test
    void launcherPrintsTheVersionFromThePom() throws Exception {
        Run run = launch("--version");
        assertThat(run.exit).isZero();
        assertThat(run.out.strip()).isEqualTo("Conference Planner " + VERSION);
    }

    @Test
    void launcherInspectsAProgramFile() throws Exception {
        Path fosdem = SharedData.schedule("frab-xml/fosdem-2025.xml");
        Run run = launch("inspect", "--json", fosdem.toString());
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("\"format\" : \"FRAB_XML\"").contains("\"sessions\" : 943")
                .contains("\"timeZone\" : \"Europe/Brussels\"");
        assertThat(run.err).doesNotContain("Exception");
    }

    @Test
    void launcherRefusesAnUnreadableFileWithOneLine() throws Exception {
        Path garbage = Files.write(dataDir.resolve("garbage.ics"), new byte[] {0, 1, 2, 3, 4});
        Run run = launch("inspect", garbage.toString(), "--json");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err.strip().lines()).hasSize(1).first().asString().contains("garbage.ics");
    }

    @Test
    void desktopEntryAndPackageMetadataCarryThePomVersion() throws IOException, InterruptedException {
        String cfg = Files.readString(IMAGE.resolve("lib/app/conference-planner.cfg"));
        assertThat(cfg).contains("-Djpackage.app-version=" + VERSION);
        String desktop = Files.readString(Path.of("target/packaging/linux/conference-planner.desktop"));
        assertThat(desktop).contains("X-Conference-Planner-Version=" + VERSION).contains("Name=Conference Planner")
                .contains("Exec=env GDK_GL=disable /opt/conference-planner/bin/conference-planner %f");
        String metainfo = Files.readString(IMAGE.resolve("lib/org.conferenceplanner.ConferencePlanner.metainfo.xml"));
        assertThat(metainfo).contains("<release version=\"" + VERSION + "\"/>");
        Path dist = Path.of(System.getProperty("dist.dir", "target/dist"));
        try (Stream<Path> files = Files.list(dist)) {
            List<Path> debs = files.filter(p -> p.toString().endsWith(".deb")).toList();
            if (!debs.isEmpty()) {
                Path deb = debs.get(0);
                assertThat(deb.getFileName().toString()).isEqualTo("conference-planner_" + VERSION + "-1_amd64.deb");
                assertThat(Files.size(deb)).as("the .deb stays within 60 MB").isLessThan(60L * 1024 * 1024);
                Run info = run(List.of("dpkg-deb", "-f", deb.toString(), "Version", "Package", "Depends"));
                assertThat(info.out).contains("Version: " + VERSION).contains("Package: conference-planner")
                        .contains("libgtk-3-0");
                Run listing = run(List.of("dpkg-deb", "-c", deb.toString()));
                assertThat(listing.out).contains("./opt/conference-planner/bin/conference-planner")
                        .contains("conference-planner.desktop");
            }
        }
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(IMAGE.resolve("bin/conference-planner").toString());
        command.addAll(List.of(args));
        return run(command);
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("CONFERENCE_PLANNER_DATA_DIR", dataDir.toString());
        Path out = dataDir.resolve("out.txt");
        Path err = dataDir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}

package org.conferenceplanner.store;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a small, separate JVM running a test main of this package, with only the app's classes and
 * Jackson on its class path, tuned to start fast. For tests that need a real second process (a kill, a
 * second copy of the app).
 */
final class ChildJvm {

    private static final Pattern SAVED = Pattern.compile("^saved (\\d+)$", Pattern.MULTILINE);

    private ChildJvm() {
    }

    static ProcessBuilder command(List<String> prefix, Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx48m",
                "-XX:-UsePerfData", "-cp", classPath(), main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    static ProcessBuilder command(Class<?> main, String... args) {
        return command(List.of(), main, args);
    }

    /** The last "saved N" line a child printed completely, or -1. A line cut by the kill is not counted. */
    static int lastSaved(byte[] stdout) {
        String text = new String(stdout, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        Matcher m = SAVED.matcher(end < 0 ? "" : text.substring(0, end + 1));
        int last = -1;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }

    /** Whether {@code setpriv} can start a process without the root's right to ignore file permissions. */
    static boolean canDropRootPrivileges() {
        try {
            Process p = new ProcessBuilder("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "true")
                    .redirectErrorStream(true).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static List<String> withoutRootPrivileges() {
        return List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner");
    }

    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(JsonPlanRepository.class, ChildJvm.class, ObjectMapper.class, JsonParser.class,
                JsonAnySetter.class)) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    static boolean isDirectoryWritable(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package org.conferenceplanner.ui.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key the window's code asks for is in messages.properties, and every key there is used. */
class MessagesConsistencyTest {

    private static final Path UI_SOURCES = Path.of("src/main/java/org/conferenceplanner/ui");
    /** A string literal shaped like a key whose first part is one of the bundle's sections. */
    private static final Pattern LITERAL_KEY = Pattern.compile(
            "\"((?:app|menu|programs|report|severity|search|schedule|rooms|detail|planner|update|export)(?:\\.[A-Za-z]+)+)\"");
    /** Keys built from an enum name: "severity." + severity, "menu.view.theme." + theme, the update review's. */
    private static final List<String> COMPUTED_PREFIXES = List.of("severity.", "menu.view.theme.", "update.status.",
            "update.field.");

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/conferenceplanner/ui/messages.properties")) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheCodeUsesIsDefined() throws IOException {
        Properties bundle = bundle();
        assertThat(usedKeys()).isNotEmpty().allSatisfy(k -> assertThat(bundle).containsKey(k));
    }

    @Test
    void everyDefinedKeyIsUsed() throws IOException {
        Set<String> used = usedKeys();
        for (String key : bundle().stringPropertyNames()) {
            boolean computed = COMPUTED_PREFIXES.stream().anyMatch(key::startsWith);
            assertThat(used.contains(key) || computed).as("unused key " + key).isTrue();
        }
    }

    @Test
    void computedKeysExistForEveryValue() throws IOException {
        Properties bundle = bundle();
        for (var s : org.conferenceplanner.importer.Severity.values()) {
            assertThat(bundle).containsKey("severity." + s.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (Theme t : Theme.values()) {
            assertThat(bundle).containsKey("menu.view.theme." + t.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void patternsFormatWithoutErrors() throws IOException {
        Messages m = Messages.english();
        for (String key : bundle().stringPropertyNames()) {
            assertThat(m.get(key, 1, 2, 3, 4, 5)).as(key).doesNotStartWith("!");
        }
        assertThat(m.get("search.count", 1)).isEqualTo("1 match");
        assertThat(m.get("search.count", 12)).isEqualTo("12 matches");
        assertThat(m.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}

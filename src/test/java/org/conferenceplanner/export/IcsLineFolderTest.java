package org.conferenceplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IcsLineFolderTest {

    private static String unfold(String folded) {
        return folded.replace("\r\n ", "");
    }

    private static void assertWellFolded(String folded) {
        assertThat(folded).endsWith("\r\n");
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotStartWith("  ");
        }
        // no line break inside a character: every line decodes as whole characters
        for (String line : folded.split("\r\n")) {
            assertThat(line).doesNotContain("\uFFFD");
            assertThat(line.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isTrue();
        }
    }

    @Test
    void shortLinesAreLeftAlone() {
        String content = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
        assertThat(IcsLineFolder.fold(content)).isEqualTo(content);
    }

    @Test
    void asciiLinesFoldAtExactly75Octets() {
        String line = "DESCRIPTION:" + "x".repeat(200);
        String folded = IcsLineFolder.fold(line + "\r\n");
        String[] lines = folded.split("\r\n");
        assertThat(lines[0]).hasSize(75);
        assertThat(lines[1]).startsWith(" ").hasSize(75);
        assertThat(unfold(folded)).isEqualTo(line + "\r\n");
        assertWellFolded(folded);
    }

    @Test
    void nonAsciiFoldsByOctetsWithoutSplittingCharacters() {
        // é is 2 octets, € 3, 😀 4 (a surrogate pair in Java): ical4j's 75 characters would be far over 75 octets
        String line = "SUMMARY:" + "é€😀a".repeat(40);
        String folded = IcsLineFolder.fold(line + "\r\n");
        assertWellFolded(folded);
        assertThat(unfold(folded)).isEqualTo(line + "\r\n");
        assertThat(folded.split("\r\n").length).isGreaterThan(line.length() / 75);
    }

    @Test
    void everyStartingOffsetOfMultiByteTextUnfoldsToTheSameLine() {
        for (int pad = 0; pad < 8; pad++) {
            String line = "LOCATION:" + "a".repeat(pad) + "日本語の部屋😀".repeat(12);
            String folded = IcsLineFolder.fold(line + "\r\n");
            assertWellFolded(folded);
            assertThat(unfold(folded)).isEqualTo(line + "\r\n");
        }
    }

    @Test
    void anEscapeIsNeverSplitAcrossLines() {
        for (int pad = 0; pad < 4; pad++) {
            String line = "DESCRIPTION:" + "b".repeat(pad) + "a\\nb\\,c\\;d\\\\e".repeat(30);
            String folded = IcsLineFolder.fold(line + "\r\n");
            assertWellFolded(folded);
            assertThat(unfold(folded)).isEqualTo(line + "\r\n");
            for (String physical : folded.split("\r\n")) {
                // a line ending in an odd run of backslashes would have split an escape
                int run = 0;
                for (int i = physical.length() - 1; i >= 0 && physical.charAt(i) == '\\'; i--) {
                    run++;
                }
                assertThat(run % 2).as(physical).isZero();
            }
        }
    }
}

package org.conferenceplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainTextBuilderTest {

    private static final char[] ALPHABET = {'a', 'b', ' ', ' ', '\n', '\r', '\t', '\u00A0', '\u2003', 'é', '\u001C', '•'};

    @Test
    void bulkHtmlTextEqualsCharacterByCharacter() {
        Random random = new Random(1254);
        for (int round = 0; round < 20_000; round++) {
            PlainTextBuilder bulk = new PlainTextBuilder(4);
            PlainTextBuilder single = new PlainTextBuilder(4);
            StringBuilder trace = new StringBuilder();
            for (int part = 0; part < 1 + random.nextInt(4); part++) {
                String text = randomText(random);
                if (random.nextBoolean()) {
                    // structure between runs of text, as SimpleHtml emits it
                    String structure = random.nextBoolean() ? "\n\n" : "\n• ";
                    bulk.append(structure);
                    single.append(structure);
                    trace.append('|').append(structure);
                }
                int from = text.isEmpty() ? 0 : random.nextInt(text.length());
                bulk.appendHtmlText(text, from, text.length());
                for (int i = from; i < text.length(); i++) {
                    single.append(text.charAt(i) == '\n' ? ' ' : text.charAt(i));
                }
                trace.append('|').append(text, from, text.length());
            }
            assertThat(bulk.build()).as(trace.toString()).isEqualTo(single.build());
        }
    }

    @Test
    void tidiesLinesAndBlankLines() {
        PlainTextBuilder b = new PlainTextBuilder(0);
        b.append("\n\n  one \t two\u00a0 \n\n\n\nthree  \n");
        assertThat(b.build()).isEqualTo("one two\n\nthree");
    }

    private static String randomText(Random random) {
        char[] chars = new char[random.nextInt(30)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}

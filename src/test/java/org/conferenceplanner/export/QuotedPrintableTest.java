package org.conferenceplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.DecoderException;
import org.apache.commons.codec.net.QuotedPrintableCodec;
import org.junit.jupiter.api.Test;

class QuotedPrintableTest {

    /** Decodes with commons-codec (an independent implementation), after removing soft line breaks. */
    private static String decode(String encoded) throws DecoderException {
        String joined = encoded.replace("=\r\n", "");
        return new String(QuotedPrintableCodec.decodeQuotedPrintable(joined.getBytes(StandardCharsets.US_ASCII)),
                StandardCharsets.UTF_8);
    }

    @Test
    void roundTripsAnyText() throws DecoderException {
        String text = "Semi; colon, comma \\ back\nnew line = equals END:VEVENT émoji 😀 日本語\ttab ";
        String encoded = QuotedPrintable.encode(text, 20);
        assertThat(decode(encoded)).isEqualTo(text);
    }

    @Test
    void semicolonsAndLineBreaksAreEncodedAsSc12DidAndNothingIsRaw8Bit() {
        String encoded = QuotedPrintable.encode("a;b\nc é", 0);
        assertThat(encoded).isEqualTo("a=3Bb=0Ac =C3=A9");
        assertThat(encoded.chars().allMatch(c -> c < 0x80)).isTrue();
    }

    @Test
    void aTrailingSpaceIsEncoded() {
        assertThat(QuotedPrintable.encode("end ", 0)).isEqualTo("end=20");
    }

    @Test
    void linesStayWithin76CharactersIncludingThePropertyNameAndNeverSplitACharacter() throws DecoderException {
        String prefix = "DESCRIPTION;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:";
        String text = "Ünïcödé ".repeat(60) + "😀".repeat(40);
        String encoded = QuotedPrintable.encode(text, prefix.length());
        String[] lines = (prefix + encoded).split("\r\n");
        assertThat(lines.length).isGreaterThan(10);
        for (String line : lines) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(76);
            // each physical line holds whole characters: it decodes on its own
            String body = line.startsWith(prefix) ? line.substring(prefix.length()) : line;
            String decoded = decode(body.endsWith("=") ? body.substring(0, body.length() - 1) : body);
            assertThat(decoded).doesNotContain("\uFFFD");
        }
        assertThat(decode(encoded)).isEqualTo(text);
    }
}

package org.conferenceplanner.importer.vcal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuotedPrintableTest {

    @Test
    void decodesBytesAsUtf8WhenTheyAreUtf8() {
        assertThat(QuotedPrintable.decode("caf=C3=A9=0Anext=3Bline", null)).isEqualTo("café\nnext;line");
    }

    @Test
    void fallsBackToWindows1252ForBytesThatAreNotUtf8() {
        assertThat(QuotedPrintable.decode("caf=E9 =96 ok", null)).isEqualTo("café – ok");
    }

    @Test
    void honoursADeclaredCharset() {
        assertThat(QuotedPrintable.decode("=C3=A9", StandardCharsets.ISO_8859_1)).isEqualTo("Ã©");
    }

    @Test
    void softLineBreaksInBothForms() {
        assertThat(QuotedPrintable.decode("soft=\r\nbreak", null)).isEqualTo("softbreak");
        assertThat(QuotedPrintable.decode("soft=\nbreak", null)).isEqualTo("softbreak");
        assertThat(QuotedPrintable.decode("soft=  \nbreak", null)).isEqualTo("softbreak");
        assertThat(QuotedPrintable.decode("flattened= break", null)).isEqualTo("flattenedbreak");
        assertThat(QuotedPrintable.decode("ends with=", null)).isEqualTo("ends with");
    }

    @Test
    void keepsRawNonAsciiAndMalformedSequences() {
        assertThat(QuotedPrintable.decode("2× ﬁ =C3=97", null)).isEqualTo("2× ﬁ ×");
        assertThat(QuotedPrintable.decode("a =G1 b =4", null)).isEqualTo("a =G1 b =4");
    }
}

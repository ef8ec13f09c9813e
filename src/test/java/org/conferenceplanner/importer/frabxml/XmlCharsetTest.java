package org.conferenceplanner.importer.frabxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;

class XmlCharsetTest {

    @Test
    void readsTheDeclaredEncoding() {
        assertThat(XmlCharset.declaredEncoding(ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>"))).isEqualTo("UTF-8");
        assertThat(XmlCharset.declaredEncoding(ascii("<?xml version='1.0' encoding = 'iso-8859-1' ?>"))).isEqualTo("iso-8859-1");
        assertThat(XmlCharset.declaredEncoding(ascii("<?xml version=\"1.0\"?><a encoding=\"x\"/>"))).isNull();
        assertThat(XmlCharset.declaredEncoding(ascii("<schedule/>"))).isNull();
    }

    @Test
    void choosesUtf8UnlessTheDeclarationSaysOtherwise() {
        var problems = new ArrayList<org.conferenceplanner.importer.Problem>();
        assertThat(XmlCharset.choose(ascii("<schedule/>"), "f", problems).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(XmlCharset.choose(ascii("<?xml version=\"1.0\" encoding=\"windows-1252\"?><a/>"), "f", problems)
                .charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(XmlCharset.choose(ascii("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>"), "f", problems)
                .charset()).as("8-bit bytes despite the declaration").isEqualTo(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'a', '/', '>'};
        assertThat(XmlCharset.choose(bom, "f", problems).offset()).isEqualTo(3);
        assertThat(problems).hasSize(1);
    }

    @Test
    void utf8CheckAgreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly ASCII with some high bytes, as in real files
                bytes[i] = (byte) (random.nextInt(4) == 0 ? 0x80 + random.nextInt(128) : random.nextInt(128));
            }
            assertThat(XmlCharset.isValidUtf8(bytes, 0)).as(java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(jdkSaysValid(bytes));
        }
    }

    @Test
    void utf8CheckKnowsTheEdgeCases() {
        assertThat(XmlCharset.utf8Kind(ascii("plain ascii text, longer than eight bytes"), 0)).isEqualTo(XmlCharset.ASCII);
        assertThat(XmlCharset.utf8Kind("Zügli ✓ 𝄞".getBytes(StandardCharsets.UTF_8), 0)).isEqualTo(XmlCharset.MULTI_BYTE);
        assertThat(XmlCharset.isValidUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}, 0)).as("overlong").isFalse();
        assertThat(XmlCharset.isValidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0)).as("surrogate").isFalse();
        assertThat(XmlCharset.isValidUtf8(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0))
                .as("above U+10FFFF").isFalse();
        assertThat(XmlCharset.isValidUtf8(new byte[] {'a', (byte) 0xE2, (byte) 0x9C}, 0)).as("cut short").isFalse();
        assertThat(XmlCharset.isValidUtf8("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), 0)).isFalse();
    }

    private static boolean jdkSaysValid(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}

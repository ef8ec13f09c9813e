package org.conferenceplanner.importer.frabjson;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.conferenceplanner.importer.TextDecoder;

/**
 * The second reading of a file that is not valid UTF-8. A file with more runs of bad bytes than valid
 * multi-byte UTF-8 sequences was written in a legacy encoding and is read as Windows-1252; a UTF-8
 * file with a few damaged bytes is read as UTF-8 with those bytes replaced, so its other accented
 * letters stay right. Stateless.
 */
final class LegacyEncoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private LegacyEncoding() {
    }

    static Charset guess(byte[] bytes) {
        return TextDecoder.mostlyUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    static Reader reader(byte[] bytes, Charset charset) {
        int offset = charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset),
                charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}

package org.conferenceplanner.importer.frabjson;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
        return mostlyUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    static Reader reader(byte[] bytes, Charset charset) {
        int offset = charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset),
                charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** More valid multi-byte UTF-8 sequences than runs of bad bytes: UTF-8 that was damaged, not a legacy file. */
    private static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        boolean inBadRun = false;
        for (int i = 0; i < b.length; i++) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                inBadRun = false;
                continue;
            }
            int more = lead >= 0xC2 && lead <= 0xDF ? 1
                    : lead >= 0xE0 && lead <= 0xEF ? 2
                    : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            boolean ok = more > 0 && i + more < b.length;
            for (int k = 1; ok && k <= more; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += more;
            } else if (!inBadRun) {
                invalid++;
            }
            inBadRun = !ok;
        }
        return valid > invalid;
    }
}

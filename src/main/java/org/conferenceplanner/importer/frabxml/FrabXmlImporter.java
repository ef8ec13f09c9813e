package org.conferenceplanner.importer.frabxml;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.conferenceplanner.domain.ProgramFormat;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.Location;
import org.conferenceplanner.importer.Problem;
import org.conferenceplanner.importer.ProgramImporter;
import org.conferenceplanner.importer.ProgramInput;
import org.conferenceplanner.importer.TextDecoder;

/**
 * Reads frab / Pentabarf / C3VOC / pretalx schedule XML ({@code <schedule>} with {@code <day>},
 * optional {@code <room>} wrappers and {@code <event>}s) in one streaming StAX pass, with DTDs and
 * external entities refused. Bad input never throws: it becomes problems naming the file, the line
 * and the element path, and what could be read is kept. Stateless and thread-safe.
 */
public final class FrabXmlImporter implements ProgramImporter {

    @Override
    public ProgramFormat format() {
        return ProgramFormat.FRAB_XML;
    }

    @Override
    public boolean recognizes(String head) {
        return ScheduleSniffer.looksLikeSchedule(head);
    }

    @Override
    public ImportResult read(ProgramInput input) {
        String file = input.name();
        byte[] bytes = input.bytes();
        if (isBlank(bytes)) {
            return ImportResult.failed(file, format(), Problem.error(Location.of(file), "the file is empty"));
        }
        List<Problem> problems = new ArrayList<>();
        ParsedSchedule parsed = new ScheduleParser(file).parse(() -> open(input, problems));
        int unread = 0;
        if (parsed.brokeOff()) {
            unread = Math.max(0, EventTags.countFromLine(bytes, parsed.breakLine()) - parsed.seenOnBreakLine());
        } else if (!parsed.rootFound()) {
            unread = EventTags.countFromLine(bytes, 1);
        }
        return new ScheduleAssembler(file, problems).assemble(parsed, unread);
    }

    private static XMLStreamReader open(ProgramInput input, List<Problem> problems) throws XMLStreamException {
        byte[] bytes = input.bytes();
        XmlCharset.Choice charset = XmlCharset.choose(bytes, input.name(), problems);
        if (charset.isUtf8() && XmlCharset.isValidUtf8(bytes, charset.offset())) {
            // zero bytes are valid UTF-8: UTF-16 without a byte-order mark comes this way, and the parser finds it out
            boolean utf16 = bytes.length > 1 && (bytes[0] == 0 || bytes[1] == 0);
            DoctypeCheck.check(utf16 ? TextDecoder.head(bytes, bytes.length) : new DoctypeCheck.Latin1(bytes, charset.offset()));
            return SafeXmlFactory.open(new ByteArrayInputStream(bytes, charset.offset(), bytes.length - charset.offset()));
        }
        // Not UTF-8 after all: read the text as TextDecoder does (Windows-1252, warning with the line).
        String text = charset.isUtf8() ? TextDecoder.decode(input, problems) : charset.text(bytes);
        DoctypeCheck.check(text);
        return SafeXmlFactory.open(new StringReader(text));
    }

    private static boolean isBlank(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}

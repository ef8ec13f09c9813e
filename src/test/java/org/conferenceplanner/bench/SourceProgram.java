package org.conferenceplanner.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.importer.HtmlText;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.StandardImporters;

/**
 * A real program as the generator's pool: its sessions as our importer reads them, plus each
 * event's abstract and description as the file wrote them (HTML and all), so that generated files
 * cost an importer what real ones do. Immutable.
 *
 * @param markup raw abstract and description by the event id in the file
 */
public record SourceProgram(String file, Conference conference, Map<String, Markup> markup) {

    /** An event's abstract and description as written in the file; empty strings when absent. */
    public record Markup(String abstractText, String description) {

        static Markup plain(String text) {
            return new Markup(text, "");
        }
    }

    /** Reads {@code relative} (e.g. {@code frab-xml/fosdem-2025.xml}) under {@code schedulesDir}. */
    public static SourceProgram read(Path schedulesDir, String relative) {
        Path path = schedulesDir.resolve(relative);
        ImportResult r = StandardImporters.reader(ImportLimits.defaults()).read(path);
        if (!r.succeeded()) {
            throw new IllegalStateException("cannot read " + relative + ": " + r.firstError().orElseThrow());
        }
        return new SourceProgram(relative, r.conference(), SourceMarkup.read(path));
    }

    /**
     * The session's markup as written in the file when the importer turns it into exactly the
     * session's abstract (both frab formats then agree on it); empty otherwise, for example when
     * the importer merged a description the abstract already held, or two events share an id.
     */
    public Optional<Markup> markupOf(Session s) {
        Markup m = markup.get(s.id());
        if (m == null) {
            return Optional.empty();
        }
        String summary = HtmlText.toPlainText(m.abstractText());
        String description = HtmlText.toPlainText(m.description());
        boolean alone = description.isEmpty() && summary.equals(s.abstractText());
        boolean both = !summary.isEmpty() && !description.isEmpty() && !summary.contains(description)
                && !description.contains(summary) && (summary + "\n\n" + description).equals(s.abstractText());
        return alone || both ? Optional.of(m) : Optional.empty();
    }
}

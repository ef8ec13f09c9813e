package org.conferenceplanner.bench;

import java.util.Map;
import org.conferenceplanner.bench.SourceProgram.Markup;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;

/**
 * A generated program and, for the sessions that have it, the abstract markup of the real event each
 * was replicated from, which the writers put into the file as the real file had it. Immutable.
 *
 * @param markup  by generated session id
 * @param origins the real session each generated one copies, by generated session id
 */
public record GeneratedProgram(Conference conference, Map<String, Markup> markup, Map<String, Origin> origins) {

    /** Where a generated session comes from: a session of the real program read from {@code file}. */
    public record Origin(String file, Session session) {
    }

    public GeneratedProgram {
        markup = Map.copyOf(markup);
        origins = Map.copyOf(origins);
    }

    public Origin origin(Session generated) {
        return origins.get(generated.id());
    }

    /** What a writer puts into the file as abstract and description: the real markup, else the plain abstract. */
    public Markup markupOf(Session s) {
        Markup m = markup.get(s.id());
        return m != null ? m : Markup.plain(s.abstractText());
    }
}

package org.conferenceplanner.bench;

import java.util.Map;
import org.conferenceplanner.bench.SourceProgram.Markup;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Session;

/**
 * A generated program and, for the sessions that have it, the abstract markup of the real event each
 * was replicated from, which the writers put into the file as the real file had it. Immutable.
 *
 * @param markup by generated session id
 */
public record GeneratedProgram(Conference conference, Map<String, Markup> markup) {

    public GeneratedProgram {
        markup = Map.copyOf(markup);
    }

    /** What a writer puts into the file as abstract and description: the real markup, else the plain abstract. */
    public Markup markupOf(Session s) {
        Markup m = markup.get(s.id());
        return m != null ? m : Markup.plain(s.abstractText());
    }
}

package org.conferenceplanner.ui.programs;

import java.util.Objects;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.ui.infra.Messages;

/**
 * "Is this a new version of …?", asked when a program opened under a new conference id looks like a
 * newer version of a conference the user has picks in. Yes carries the plan over (the old one stays
 * saved); no opens the program with a plan of its own. Immutable.
 *
 * @param title    the dialog's title
 * @param question the question, naming the known conference
 * @param detail   why it is asked and what each answer does
 * @param yes      the label of the button that carries the plan over
 * @param no       the label of the button that keeps them apart
 */
public record NewVersionQuestion(String title, String question, String detail, String yes, String no) {

    public NewVersionQuestion {
        Objects.requireNonNull(question, "question");
    }

    public static NewVersionQuestion of(PlanCarryOver carry, Conference opened, String fileName, Messages m) {
        String known = carry.knownTitle();
        String openedTitle = opened.title().isBlank() ? fileName : opened.title();
        return new NewVersionQuestion(m.get("programs.newVersion.title"),
                m.get("programs.newVersion.question", known),
                m.get("programs.newVersion.detail", fileName, openedTitle, carry.likeness().matched(),
                        carry.likeness().compared(), known, carry.plan().entries().size()),
                m.get("programs.newVersion.yes"), m.get("programs.newVersion.no"));
    }
}

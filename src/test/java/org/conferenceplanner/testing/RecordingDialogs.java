package org.conferenceplanner.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.conferenceplanner.ui.programs.ImportReport;
import org.conferenceplanner.ui.programs.NewVersionQuestion;
import org.conferenceplanner.ui.programs.ProgramDialogs;
import org.conferenceplanner.ui.programs.UpdateReview;

/**
 * The program dialogs for view-model tests: records what would have been shown and answers the
 * "new version?" question with {@link #answer} (null leaves it open). FX thread, like the real ones.
 */
public final class RecordingDialogs implements ProgramDialogs {

    public final List<ImportReport> reports = new ArrayList<>();
    public final List<UpdateReview> reviews = new ArrayList<>();
    /** What each review hands back: call one with the plan ids the user unticked. */
    public final List<Consumer<Set<String>>> decisions = new ArrayList<>();
    public final List<NewVersionQuestion> questions = new ArrayList<>();
    public Boolean answer;

    @Override
    public Optional<Path> chooseProgramFile() {
        return Optional.empty();
    }

    @Override
    public void showImportReport(ImportReport report) {
        reports.add(report);
    }

    @Override
    public void reviewUpdate(UpdateReview review, Consumer<Set<String>> dropped) {
        reviews.add(review);
        decisions.add(dropped);
    }

    @Override
    public void confirmNewVersion(NewVersionQuestion question, Consumer<Boolean> answered) {
        questions.add(question);
        if (answer != null) {
            answered.accept(answer);
        }
    }
}

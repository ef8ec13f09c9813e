package org.conferenceplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name typed without ".ics" means "name.ics"; when that file exists the platform's dialog never
 * asked about replacing it, so {@link SaveFileChoice} does, on real files in a temporary folder.
 */
class SaveFileChoiceTest {

    @TempDir
    Path dir;

    private final SaveRequest request = new SaveRequest("Export Plan", Optional.empty(), "SC12 plan.ics",
            "iCalendar files", "ics");
    private final List<SaveRequest> shown = new ArrayList<>();
    private final List<Path> asked = new ArrayList<>();

    /** A dialog whose user gives these answers in turn (a null answer cancels). */
    private SaveFileChoice.Dialog user(Path... answers) {
        Deque<Optional<Path>> left = new ArrayDeque<>();
        for (Path p : answers) {
            left.add(Optional.ofNullable(p));
        }
        return r -> {
            shown.add(r);
            return left.isEmpty() ? Optional.empty() : left.poll();
        };
    }

    private SaveFileChoice.ReplaceQuestion answering(boolean replace) {
        return file -> {
            asked.add(file);
            return replace;
        };
    }

    private Path existing(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void aTypedNameWhoseIcsFileExistsIsReplacedOnlyAfterAsking() throws IOException {
        Path plan = existing("plan.ics");
        Optional<Path> chosen = SaveFileChoice.choose(request, user(dir.resolve("plan")), answering(true));
        assertThat(chosen).contains(plan);
        assertThat(asked).containsExactly(plan);
        assertThat(shown).hasSize(1);
    }

    @Test
    void sayingNoOpensTheDialogAgainOnThatNameAndAnotherNameIsTaken() throws IOException {
        Path plan = existing("plan.ics");
        Optional<Path> chosen = SaveFileChoice.choose(request, user(dir.resolve("plan"), dir.resolve("plan 2")),
                answering(false));
        assertThat(chosen).contains(dir.resolve("plan 2.ics"));
        assertThat(asked).as("plan 2.ics does not exist: no question").containsExactly(plan);
        assertThat(shown).hasSize(2);
        assertThat(shown.get(1).folder()).contains(dir);
        assertThat(shown.get(1).fileName()).isEqualTo("plan.ics");
        assertThat(shown.get(1).extension()).isEqualTo("ics");
        assertThat(Files.readString(plan)).as("the existing file is untouched").startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void sayingNoAndThenCancellingWritesNothing() throws IOException {
        existing("plan.ics");
        assertThat(SaveFileChoice.choose(request, user(dir.resolve("plan"), null), answering(false))).isEmpty();
        assertThat(shown).hasSize(2);
    }

    @Test
    void aNameWithItsExtensionWasAskedAboutByThePlatform() throws IOException {
        Path plan = existing("plan.ics");
        assertThat(SaveFileChoice.choose(request, user(plan), answering(false))).contains(plan);
        Path upper = dir.resolve("PLAN.ICS");
        assertThat(SaveFileChoice.choose(request, user(upper), answering(false))).contains(upper);
        assertThat(asked).isEmpty();
    }

    @Test
    void aNewFileNeedsNoQuestionAndTheVcsExtensionIsAddedToo() {
        SaveRequest vcs = new SaveRequest("Save", Optional.of(dir), "x.vcs", "vCalendar files", "vcs");
        assertThat(SaveFileChoice.choose(vcs, user(dir.resolve("talk")), answering(false)))
                .contains(dir.resolve("talk.vcs"));
        assertThat(asked).isEmpty();
    }

    @Test
    void aTypedNameWhoseVcsFileExistsIsAskedAbout() throws IOException {
        Path talk = existing("talk.vcs");
        SaveRequest vcs = new SaveRequest("Save", Optional.of(dir), "x.vcs", "vCalendar files", "vcs");
        assertThat(SaveFileChoice.choose(vcs, user(dir.resolve("talk")), answering(true))).contains(talk);
        assertThat(asked).containsExactly(talk);
    }

    @Test
    void cancellingTheDialogChoosesNothing() {
        assertThat(SaveFileChoice.choose(request, user(), answering(true))).isEmpty();
        assertThat(asked).isEmpty();
    }
}

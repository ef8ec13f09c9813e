package org.conferenceplanner.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferenceplanner.testing.UiFixtures.CLOCK;
import static org.conferenceplanner.testing.UiFixtures.MESSAGES;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.store.AppDirectories;
import org.conferenceplanner.store.JsonPlanRepository;
import org.conferenceplanner.store.ProgramLibrary;
import org.conferenceplanner.testing.ImmediateTaskRunner;
import org.conferenceplanner.testing.ProgramVersions;
import org.conferenceplanner.testing.RecordingDialogs;
import org.conferenceplanner.testing.SharedData;
import org.conferenceplanner.ui.infra.InMemorySettings;
import org.conferenceplanner.ui.programs.NewVersionQuestion;
import org.conferenceplanner.ui.programs.ProgramsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A plan moved to a new version under a new conference id, on the real store across a restart: the
 * older program is recognised from the app's kept copy, the new plan file is written beside the old
 * one (which stays as it was), and the command line lists each plan by its program file.
 */
class NewVersionOnDiskTest {

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<NewVersionQuestion> questions = dialogs.questions;

    /** One run of the window's program handling on the data folder; close the returned plans to "quit". */
    private record Run(ProgramsViewModel vm, JsonPlanRepository plans) {
    }

    private Run start() {
        AppDirectories dirs = AppDirectories.at(dir);
        JsonPlanRepository plans = new JsonPlanRepository(dirs.plansDir(), CLOCK);
        LibraryProgramHistory history = new LibraryProgramHistory(new ProgramLibrary(dirs.programsDir(), CLOCK),
                new InMemorySettings());
        ProgramsViewModel vm = new ProgramsViewModel(CompositionRoot.programReader(),
                new ProgramsViewModel.Embedded(CompositionRoot.EMBEDDED_PROGRAM, "sc12.txt"), plans, history,
                dialogs, new ImmediateTaskRunner(), MESSAGES, CLOCK);
        return new Run(vm, plans);
    }

    private Path planFile(String conferenceId) {
        return AppDirectories.at(dir).plansDir().resolve(conferenceId + ".json");
    }

    private String planList(Path program) {
        return plan("list", "--program", program.toString(), "--data-dir=" + dir);
    }

    /** Runs {@code plan ARGS} as the jar does; it must succeed without a word on stderr. */
    private String plan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CompositionRoot.commandLine(Map.of());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "plan";
        System.arraycopy(args, 0, all, 1, args.length);
        assertThat(cl.execute(all)).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        return out.toString();
    }

    /** The DemoCon XML with three picks, saved, then the app quits. */
    private Path planOnTheXml() throws Exception {
        Path xml = SharedData.schedule("frab-xml/pretalx-democon-2022.xml");
        Run first = start();
        first.vm().open(xml);
        for (String id : List.of("1", "14", "26")) {
            first.vm().current().setPlanned(first.vm().current().conference().session(id).orElseThrow(), true);
        }
        first.plans().close();
        return xml;
    }

    @Test
    void yesAfterARestartWritesTheNewPlanBesideTheOldOneAndTheCommandLineListsEach() throws Exception {
        Path xml = planOnTheXml();
        String oldFile = Files.readString(planFile("democon"));
        Path ics = ProgramVersions.demoConIcsRenamed(dir);
        dialogs.answer = true;

        Run second = start();
        second.vm().open(ics);
        second.plans().close();

        assertThat(questions).singleElement().extracting(NewVersionQuestion::question)
                .isEqualTo("Is this a new version of DemoCon?");
        assertThat(Files.readString(planFile("democon"))).isEqualTo(oldFile);
        assertThat(planFile(ProgramVersions.RENAMED_ID)).exists();
        JsonPlanRepository reread = new JsonPlanRepository(AppDirectories.at(dir).plansDir(), CLOCK);
        assertThat(reread.load(ProgramVersions.RENAMED_ID).entries()).extracting(PlanEntry::sessionId).containsExactly(
                "pretalx-democon-XFUR3C@localhost", "pretalx-democon-LNNGAM@localhost", "pretalx-democon-EXK7FR@localhost");
        reread.close();

        // The command line reads the plan saved under the program file's own conference id, and never moves one.
        List<String> newer = planList(ics).lines().toList();
        assertThat(newer.get(0)).isEqualTo("democon2022 (democon2022): 3 sessions in your plan");
        assertThat(newer).hasSize(4).allSatisfy(line -> assertThat(line).doesNotContain("~orphan"));
        assertThat(String.join("\n", newer)).contains("pretalx-democon-XFUR3C@localhost", "Persevering cohesive concept");
        assertThat(planList(xml).lines().findFirst()).contains("DemoCon (democon): 3 sessions in your plan");
    }

    @Test
    void noLeavesTheNewProgramWithoutAPlanOnDiskOrOnTheCommandLine() throws Exception {
        planOnTheXml();
        Path ics = ProgramVersions.demoConIcsRenamed(dir);
        dialogs.answer = false;

        Run second = start();
        second.vm().open(ics);
        second.plans().close();

        assertThat(questions).hasSize(1);
        assertThat(planFile(ProgramVersions.RENAMED_ID)).doesNotExist();
        assertThat(planList(ics).lines().findFirst()).contains("democon2022 (democon2022): no sessions in your plan");

        Run third = start();
        third.vm().open(ics);
        third.plans().close();
        assertThat(questions).as("the answer holds: the id is known now").hasSize(1);
    }

    @Test
    void lookingForAnOlderVersionLeavesOtherPlansUnlocked() throws Exception {
        Path xml = planOnTheXml();
        dialogs.answer = true;

        Run second = start();
        second.vm().open(SharedData.fixture("frabjson/classic-quirks.json"));
        // While this copy of the app runs, the DemoCon plan it only looked at can still be changed elsewhere.
        String added = plan("add", "--program", xml.toString(), "--data-dir=" + dir, "7");
        second.plans().close();

        assertThat(questions).isEmpty();
        assertThat(added.lines()).containsExactly("added 7  Optional bifurcated attitude");
        assertThat(planList(xml).lines().findFirst()).contains("DemoCon (democon): 4 sessions in your plan");
    }
}

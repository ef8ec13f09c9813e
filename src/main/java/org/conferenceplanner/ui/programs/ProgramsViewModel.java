package org.conferenceplanner.ui.programs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.ProgramFiles;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.planner.LoadReport;
import org.conferenceplanner.planner.PlanReconciler;
import org.conferenceplanner.planner.PlanRepository;
import org.conferenceplanner.planner.ReconcileReport;
import org.conferenceplanner.planner.StorageNotice;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.TaskRunner;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The conferences open in the window and how they get there: the start-up choice (a file argument,
 * else the last program, else the program built into the app), File › Open, the Recent list, drag
 * and drop, switching and closing. Reading runs through the {@link TaskRunner}; a failed open that
 * the user asked for shows the import report, while a start-up never shows a dialog (a notice says
 * what happened instead). A program under a conference id never seen before that looks like a newer
 * version of one with picks makes it ask first whether the plan should move to it ({@link NewVersionFinder}).
 * FX thread only.
 */
public final class ProgramsViewModel {

    /** Where the program built into the app is and the name its problems are reported under. */
    public record Embedded(String resource, String name) {
    }

    private final ProgramFiles reader;
    private final Embedded embedded;
    private final PlanRepository plans;
    private final ProgramHistory history;
    private final ProgramDialogs dialogs;
    private final TaskRunner runner;
    private final Messages messages;
    private final Clock clock;
    private final PlanReconciler reconciler = new PlanReconciler();
    private final NewVersionFinder newVersions;

    // Properties
    private final ObservableList<OpenProgram> programs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OpenProgram> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObservableList<RecentProgram> recent = FXCollections.observableArrayList();
    // One read-only view each: a wrapper made per call would drop its listeners when collected.
    private final ObservableList<OpenProgram> programsView = FXCollections.unmodifiableObservableList(programs);
    private final ObservableList<RecentProgram> recentView = FXCollections.unmodifiableObservableList(recent);
    private final SimpleIntegerProperty pending = new SimpleIntegerProperty(this, "pending");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<ImportReport> noticeReport = new ReadOnlyObjectWrapper<>(this, "noticeReport");

    public ProgramsViewModel(ProgramFiles reader, Embedded embedded, PlanRepository plans, ProgramHistory history,
            ProgramDialogs dialogs, TaskRunner runner, Messages messages, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.embedded = Objects.requireNonNull(embedded, "embedded");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.history = Objects.requireNonNull(history, "history");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newVersions = new NewVersionFinder(reader, plans, history, reconciler);
        busy.bind(Bindings.greaterThan(pending, 0));
        // Storage problems found after opening (a save failed...) arrive on any thread.
        plans.addNoticeListener(n -> runner.later(() -> {
            notice.set(n.message());
            noticeReport.set(null);
        }));
    }

    public ObservableList<OpenProgram> programs() {
        return programsView;
    }

    public ReadOnlyObjectProperty<OpenProgram> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public OpenProgram current() {
        return current.get();
    }

    public ObservableList<RecentProgram> recent() {
        return recentView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A one-line message above the schedule (empty when none), e.g. "fosdem-2025.xml: 2 warnings". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The report behind the notice, null when the notice has none. */
    public ReadOnlyObjectProperty<ImportReport> noticeReportProperty() {
        return noticeReport.getReadOnlyProperty();
    }

    // Commands

    /**
     * Opens what the app starts with: the one program file given on the command line, else the
     * program last used, else the one built in. A failing last program falls back to the built-in one.
     */
    public void start(List<String> args) {
        pending.set(pending.get() + 1);
        runner.run(() -> new History(history.recent(), history.last()), h -> {
            pending.set(pending.get() - 1);
            recent.setAll(h.recent());
            Runnable lastOrEmbedded = () -> openLastOrEmbedded(h.last());
            if (args.size() == 1) {
                load(RecentProgram.file(Path.of(args.get(0))), false, lastOrEmbedded);
            } else {
                lastOrEmbedded.run();
            }
        }, failure -> {
            pending.set(pending.get() - 1);
            openEmbeddedQuietly();
        });
    }

    private record History(List<RecentProgram> recent, Optional<RecentProgram> last) {
    }

    private void openLastOrEmbedded(Optional<RecentProgram> last) {
        if (last.isPresent() && !last.get().isEmbedded()) {
            load(last.get(), true, this::openEmbeddedQuietly);
        } else {
            openEmbeddedQuietly();
        }
    }

    private void openEmbeddedQuietly() {
        load(RecentProgram.embedded(""), true, null);
    }

    public void openEmbedded() {
        load(RecentProgram.embedded(""), false, null);
    }

    /** File › Open…: asks for a file, then opens it. */
    public void openChosen() {
        dialogs.chooseProgramFile().ifPresent(this::open);
    }

    public void open(Path file) {
        load(RecentProgram.file(file), false, null);
    }

    public void openRecent(RecentProgram program) {
        load(program, false, null);
    }

    public void select(OpenProgram program) {
        if (programs.contains(program)) {
            current.set(program);
        }
    }

    /** Closes the current conference and shows the one before it (its plan stays saved). */
    public void closeCurrent() {
        OpenProgram p = current.get();
        if (p == null) {
            return;
        }
        int at = programs.indexOf(p);
        programs.remove(p);
        current.set(programs.isEmpty() ? null : programs.get(Math.max(0, at - 1)));
    }

    /** Shows the import report of the current conference (File › Import report). */
    public void showReport() {
        OpenProgram p = current.get();
        if (p != null) {
            dialogs.showImportReport(ImportReport.of(p.importResult(), messages));
        }
    }

    public void showNoticeReport() {
        if (noticeReport.get() != null) {
            dialogs.showImportReport(noticeReport.get());
        }
    }

    /** Tells the user something in the notice strip (e.g. "Saved Keynote.ics in Documents"). */
    public void announce(String message) {
        notice.set(message);
        noticeReport.set(null);
    }

    public void dismissNotice() {
        notice.set("");
        noticeReport.set(null);
    }

    /**
     * @param update the plan reconciled with this (perhaps newer) program; null when the plan is empty
     * @param carry  a plan of another conference id this program may take over (asked first); null when none
     */
    private record Loaded(RecentProgram what, ImportResult result, LoadReport plan,
            ReconcileReport update, RecentProgram kept, List<RecentProgram> recent, PlanCarryOver carry) {

        /** This load with the other conference's plan carried over, reconciled with this program. */
        Loaded carried() {
            return new Loaded(what, result, plan, carry.update(), kept, recent, null);
        }
    }

    /**
     * @param quiet    a start-up load: a failure becomes a notice, never a dialog
     * @param fallback what to open when this fails, or null
     */
    private void load(RecentProgram what, boolean quiet, Runnable fallback) {
        pending.set(pending.get() + 1);
        String name = what.fileIfAny().map(f -> String.valueOf(f.getFileName())).orElse(embedded.name());
        if (!quiet) {
            notice.set(messages.get("programs.opening", name));
            noticeReport.set(null);
        }
        // A start-up reopens a program the user already answered for; only an open the user asked for may ask.
        List<Conference> openNow = quiet ? null : programs.stream().map(OpenProgram::conference).toList();
        runner.run(() -> read(what, openNow), loaded -> {
            pending.set(pending.get() - 1);
            opened(loaded, quiet, fallback);
        }, failure -> {
            pending.set(pending.get() - 1);
            // read() never throws for bad files; this is a bug, still not a stack trace for the user.
            notice.set(messages.get("programs.internalError", name, failure.getClass().getSimpleName()));
            if (fallback != null) {
                fallback.run();
            }
        });
    }

    /**
     * Background thread: reads the program and loads its plan (the search index comes after it is shown).
     *
     * @param openNow the conferences open in the window, to look for one this is a new version of; null: do not look
     */
    private Loaded read(RecentProgram what, List<Conference> openNow) {
        ImportResult result = what.isEmbedded()
                ? reader.readResource(embedded.resource(), embedded.name())
                : reader.read(what.file());
        if (!result.succeeded()) {
            return new Loaded(what, result, null, null, null, null, null);
        }
        LoadReport plan = plans.open(result.conference().id());
        // Every open checks the picks against the program: a newer version may have moved or dropped them.
        ReconcileReport update = plan.plan().entries().isEmpty() ? null : reconciler.reconcile(plan.plan(), result.conference());
        // Looked for before the history learns the new id: a known id is never asked about again.
        PlanCarryOver carry = update != null || openNow == null ? null
                : newVersions.find(result.conference(), openNow).orElse(null);
        RecentProgram kept = history.opened(what, result.conference());
        return new Loaded(what, result, plan, update, kept, history.recent(), carry);
    }

    private void opened(Loaded loaded, boolean quiet, Runnable fallback) {
        ImportReport report = ImportReport.of(loaded.result(), messages);
        if (!loaded.result().succeeded()) {
            if (quiet) {
                notice.set(messages.get("programs.couldNotOpen", loaded.result().file(),
                        loaded.result().firstError().map(p -> p.message()).orElse("")));
                noticeReport.set(report);
            } else {
                notice.set("");
                dialogs.showImportReport(report);
            }
            if (fallback != null) {
                fallback.run();
            }
            return;
        }
        PlanCarryOver carry = loaded.carry();
        if (carry != null) {
            String name = loaded.what().fileIfAny().map(f -> String.valueOf(f.getFileName())).orElse(loaded.result().file());
            dialogs.confirmNewVersion(NewVersionQuestion.of(carry, loaded.result().conference(), name, messages), yes -> {
                if (yes) {
                    show(loaded.carried(), report, quiet, carry.known().id());
                    if (notice.get().isEmpty()) {
                        notice.set(messages.get("programs.carriedOver", carry.knownTitle(), carry.plan().entries().size(),
                                current.get().title()));
                    }
                } else {
                    show(loaded, report, quiet, null);
                }
            });
            return;
        }
        show(loaded, report, quiet, null);
    }

    /** @param replacing the id of an open conference this program takes the place of, or null */
    private void show(Loaded loaded, ImportReport report, boolean quiet, String replacing) {
        Plan plan = loaded.plan().plan();
        ReconcileReport update = loaded.update();
        if (update != null && !update.plan().equals(plan)) {
            plan = update.plan();
            plans.save(plan);
        }
        OpenProgram program = new OpenProgram(loaded.result(), loaded.kept().file(), plan, plans, clock);
        replaceOrAdd(program, replacing);
        current.set(program);
        // Indexed in the background once the program is on its way to the screen, not before.
        runner.run(program::searchIndex, index -> { }, failure -> { });
        if (update != null && update.hasNews()) {
            dialogs.reviewUpdate(UpdateReview.of(program.title(), update, messages),
                    dropped -> dropped.forEach(program::removeFromPlan));
        }
        recent.setAll(loaded.recent());
        if (!loaded.plan().notices().isEmpty()) {
            notice.set(String.join(" ", loaded.plan().notices().stream().map(StorageNotice::message).toList()));
            noticeReport.set(report.serious() > 0 ? report : null);
        } else if (report.serious() > 0 && !quiet) {
            // At start-up the program is one the user already opened (or the built-in one): its
            // problems are in File > Import Report, not in a strip every morning.
            notice.set(messages.get("programs.problems", loaded.result().file(), report.serious()));
            noticeReport.set(report);
        } else if (!quiet) {
            notice.set("");
        }
    }

    /**
     * A program with the same conference id is a newer version of an open one: it takes its place. So
     * does one the user confirmed as a new version of the conference {@code replacing} (null: none).
     */
    private void replaceOrAdd(OpenProgram program, String replacing) {
        for (int i = 0; i < programs.size(); i++) {
            String id = programs.get(i).conference().id();
            if (id.equals(program.conference().id()) || id.equals(replacing)) {
                programs.set(i, program);
                programs.removeIf(p -> p != program && (p.conference().id().equals(program.conference().id())
                        || p.conference().id().equals(replacing)));
                return;
            }
        }
        programs.add(program);
    }
}

package org.conferenceplanner.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.domain.Plan;
import org.conferenceplanner.domain.PlanEntry;
import org.conferenceplanner.domain.Priority;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.export.CalendarExporter;
import org.conferenceplanner.export.ExportFormat;
import org.conferenceplanner.export.ExportNames;
import org.conferenceplanner.export.ExportOptions;
import org.conferenceplanner.export.ExportResult;
import org.conferenceplanner.export.ExportSelection;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.TaskRunner;
import org.conferenceplanner.ui.infra.TimeTexts;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * "Export plan…": the choices (format, which sessions, reminder), the file name and folder offered,
 * and the export itself, which runs through the {@link TaskRunner} and ends in an {@link ExportReport}
 * (shown in the dialog; its headline, or the failure, also goes to the window's notice strip).
 * What a calendar file wrote is recorded in the plan through the {@link OpenProgram}, so the next export
 * updates those entries instead of duplicating them. One per dialog. FX thread only.
 */
public final class PlanExportViewModel {

    /** Which picks an export covers. */
    public enum Scope { ALL, MUST, DAY }

    private final OpenProgram program;
    private final CalendarExporter exporter;
    private final ExportSettings settings;
    private final TaskRunner runner;
    private final Messages m;
    private final TimeTexts times;
    private final Consumer<String> notices;

    // Properties
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.ICS);
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.ALL);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final IntegerProperty reminderMinutes = new SimpleIntegerProperty(this, "reminderMinutes");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<ExportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding reminderApplies = Bindings.createBooleanBinding(
            () -> format.get() != ExportFormat.GOOGLE, format);

    public PlanExportViewModel(OpenProgram program, CalendarExporter exporter, ExportSettings settings,
            TaskRunner runner, Consumer<String> notices, Messages messages, TimeTexts times) {
        this.program = Objects.requireNonNull(program, "program");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.m = Objects.requireNonNull(messages, "messages");
        this.times = Objects.requireNonNull(times, "times");
        this.notices = Objects.requireNonNull(notices, "notices");
        reminderMinutes.set(settings.reminderMinutes());
        days.setAll(daysWithPicks());
        day.set(days.isEmpty() ? null : days.get(0));
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** The day exported with {@link Scope#DAY}: one of {@link #days()}. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** The days that hold a pick, in order; empty when no pick has a date. */
    public ObservableList<LocalDate> days() {
        return days;
    }

    /** Minutes before each session its reminder fires; 0 for none. */
    public IntegerProperty reminderMinutesProperty() {
        return reminderMinutes;
    }

    /** Whether the chosen format can carry reminders (Google links cannot). */
    public BooleanBinding reminderAppliesProperty() {
        return reminderApplies;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last export wrote; null until one finished. */
    public ReadOnlyObjectProperty<ExportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last export failed, empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String dayLabel(LocalDate date) {
        return date == null ? "" : times.weekdayDay(date);
    }

    /** How many picks {@code s} covers ({@code date} for {@link Scope#DAY}), as the dialog's choices say. */
    public int picks(Scope s, LocalDate date) {
        return (int) program.plan().entries().stream().filter(filter(s, date)).count();
    }

    /** The save dialog's proposal: "SC12 plan.ics" in the folder last exported to. */
    public SaveRequest saveRequest() {
        ExportFormat f = format.get();
        return new SaveRequest(m.get("export.plan.saveTitle"), settings.folder(),
                ExportNames.fileName(ExportNames.planName(program.conference()), f), FormatTexts.filter(f, m),
                f.extension());
    }

    // Commands

    /** Exports the chosen picks of the plan as it is now to {@code file}, in the background. */
    public void export(Path file) {
        if (busy.get()) {
            return;
        }
        Conference conference = program.conference();
        Plan plan = program.plan();
        Predicate<PlanEntry> chosen = filter(scope.get(), day.get());
        int notChosen = (int) plan.entries().stream().filter(chosen.negate()).count();
        String scopeText = scopeText();
        ExportFormat f = format.get();
        int reminder = ExportSettings.clamp(reminderMinutes.get());
        settings.setReminderMinutes(reminder);
        ExportOptions options = ExportSettings.options(f == ExportFormat.GOOGLE ? 0 : reminder,
                ExportNames.planName(conference));
        ExportSelection selection = ExportSelection.ofPlan(conference, plan, chosen);
        busy.set(true);
        error.set("");
        runner.run(() -> ExportJob.run(exporter, f, selection, options, file), written -> {
            busy.set(false);
            if (written.wroteFile()) {
                program.recordExports(written.result());
                settings.rememberFolderOf(file);
            }
            report.set(report(written, notChosen, scopeText));
            notices.accept(report.get().headline());
        }, failure -> {
            busy.set(false);
            report.set(null);
            error.set(ExportFailures.message(failure, m));
            notices.accept(error.get());
        });
    }

    private Predicate<PlanEntry> filter(Scope s, LocalDate d) {
        Conference conference = program.conference();
        return switch (s) {
            case ALL -> e -> true;
            case MUST -> e -> e.priority() == Priority.MUST;
            case DAY -> e -> d != null && d.equals(sessionOf(conference, e).day());
        };
    }

    private String scopeText() {
        return switch (scope.get()) {
            case ALL -> "";
            case MUST -> m.get("export.report.scope.must");
            case DAY -> m.get("export.report.scope.day", dayLabel(day.get()));
        };
    }

    private ExportReport report(ExportJob.Written written, int notChosen, String scopeText) {
        ExportResult r = written.result();
        List<String> details = new ArrayList<>();
        String headline;
        if (!written.wroteFile()) {
            headline = m.get("export.report.nothing");
        } else {
            String name = String.valueOf(written.file().getFileName());
            headline = r.format() == ExportFormat.GOOGLE ? m.get("export.report.links", r.written(), name)
                    : m.get("export.report.entries", r.written(), name);
            if (r.cancelled() > 0) {
                details.add(m.get("export.report.cancelled", r.cancelled()));
            }
            details.add(m.get("export.report.folder", written.file().toAbsolutePath().getParent()));
        }
        if (notChosen > 0) {
            details.add(m.get("export.report.notChosen", notChosen, scopeText));
        }
        if (written.wroteFile()) {
            details.add(m.get(r.format() == ExportFormat.GOOGLE ? "export.report.next.google" : "export.report.next.calendar"));
        }
        return new ExportReport(headline, details, r.notes(), Optional.ofNullable(written.file()));
    }

    private List<LocalDate> daysWithPicks() {
        TreeSet<LocalDate> set = new TreeSet<>();
        for (PlanEntry e : program.plan().entries()) {
            LocalDate d = sessionOf(program.conference(), e).day();
            if (d != null) {
                set.add(d);
            }
        }
        return List.copyOf(set);
    }

    private static Session sessionOf(Conference conference, PlanEntry e) {
        return conference.session(e.sessionId()).orElse(e.lastKnown());
    }
}

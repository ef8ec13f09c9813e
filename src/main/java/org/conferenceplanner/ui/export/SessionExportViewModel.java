package org.conferenceplanner.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.export.CalendarExporter;
import org.conferenceplanner.export.ExportFormat;
import org.conferenceplanner.export.ExportNames;
import org.conferenceplanner.export.ExportResult;
import org.conferenceplanner.export.ExportSelection;
import org.conferenceplanner.ui.infra.LinkOpener;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.TaskRunner;
import org.conferenceplanner.ui.infra.TextClipboard;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The detail pane's calendar exports of one session: save it as .ics or .vcs, open its Google Calendar
 * link in the browser, or copy the link. The work runs through the {@link TaskRunner}; each outcome is
 * told in one sentence through {@code notices} (the window's notice strip). A single session's export
 * uses what the plan recorded for it (so SEQUENCE never goes back) but records nothing: only a plan
 * export keeps the calendar in step with the plan. FX thread only.
 */
public final class SessionExportViewModel {

    private final CalendarExporter exporter;
    private final ExportSettings settings;
    private final TaskRunner runner;
    private final LinkOpener browser;
    private final TextClipboard clipboard;
    private final Consumer<String> notices;
    private final Messages m;

    public SessionExportViewModel(CalendarExporter exporter, ExportSettings settings, TaskRunner runner,
            LinkOpener browser, TextClipboard clipboard, Consumer<String> notices, Messages messages) {
        this.exporter = Objects.requireNonNull(exporter, "exporter");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.m = Objects.requireNonNull(messages, "messages");
    }

    /** The save dialog's proposal: the session's title as the file name, in the folder last exported to. */
    public SaveRequest saveRequest(Session session, ExportFormat format) {
        return new SaveRequest(m.get("export.session.saveTitle", title(session)), settings.folder(),
                ExportNames.fileName(session.title().isBlank() ? session.id() : session.title(), format),
                FormatTexts.filter(format, m), format.extension());
    }

    // Commands

    /** Writes the session as an .ics or .vcs file, in the background. */
    public void save(OpenProgram program, Session session, ExportFormat format, Path file) {
        ExportSelection selection = ExportSelection.of(program.conference(), List.of(session), program.plan().exports());
        var options = ExportSettings.options(settings.reminderMinutes(), "");
        runner.run(() -> ExportJob.run(exporter, format, selection, options, file), written -> {
            if (written.wroteFile()) {
                settings.rememberFolderOf(file);
                notices.accept(m.get("export.session.saved", title(session), file.getFileName(),
                        file.toAbsolutePath().getParent()));
            } else {
                notices.accept(notWritten(session, written.result()));
            }
        }, this::failed);
    }

    /** Opens Google Calendar's "add event" page for the session in the browser. */
    public void openInGoogle(OpenProgram program, Session session) {
        withLink(program, session, link -> {
            browser.open(link);
            notices.accept(m.get("export.session.opened", title(session)));
        });
    }

    /** Puts the session's Google Calendar link on the clipboard. */
    public void copyGoogleLink(OpenProgram program, Session session) {
        withLink(program, session, link -> {
            clipboard.copy(link);
            notices.accept(m.get("export.session.copied", title(session)));
        });
    }

    private void withLink(OpenProgram program, Session session, Consumer<String> use) {
        ExportSelection selection = ExportSelection.of(program.conference(), List.of(session), Map.of());
        runner.run(() -> exporter.export(ExportFormat.GOOGLE, selection, ExportSettings.options(0, "")), result -> {
            if (result.link()) {
                use.accept(result.content());
            } else {
                notices.accept(notWritten(session, result));
            }
        }, this::failed);
    }

    private String notWritten(Session session, ExportResult result) {
        return result.notes().isEmpty() ? m.get("export.session.nothing", title(session)) : result.notes().get(0);
    }

    private void failed(Throwable failure) {
        notices.accept(ExportFailures.message(failure, m));
    }

    /** The title as a notice names it: one line, long ones cut. */
    private static String title(Session session) {
        String t = session.title().isBlank() ? session.id() : session.title().strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 59).strip() + "\u2026";
    }
}

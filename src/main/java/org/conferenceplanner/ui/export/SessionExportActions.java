package org.conferenceplanner.ui.export;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.stage.Window;
import org.conferenceplanner.domain.Session;
import org.conferenceplanner.export.ExportFormat;
import org.conferenceplanner.ui.detail.SessionAction;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.state.OpenProgram;

/**
 * The detail pane's calendar buttons (also in the Session menu): Save .ics…, Save .vcs…, Google
 * Calendar and Copy Google Link, each for a session with a date and time. Saving asks where through
 * the {@link SaveFilePicker}. FX thread.
 */
public final class SessionExportActions {

    private SessionExportActions() {
    }

    public static List<SessionAction> of(SessionExportViewModel vm, SaveFilePicker picker, Messages m) {
        return List.of(
                save(vm, picker, ExportFormat.ICS, m.get("export.session.ics"), "detail-export-ics"),
                save(vm, picker, ExportFormat.VCS, m.get("export.session.vcs"), "detail-export-vcs"),
                action(m.get("export.session.google"), "detail-export-google", (p, s) -> vm.openInGoogle(p, s)),
                action(m.get("export.session.copy"), "detail-copy-google", (p, s) -> vm.copyGoogleLink(p, s)));
    }

    private static SessionAction save(SessionExportViewModel vm, SaveFilePicker picker, ExportFormat format,
            String label, String id) {
        return new Action(label, id, (program, session, owner) -> picker.choose(owner, vm.saveRequest(session, format))
                .ifPresent(file -> vm.save(program, session, format, file)));
    }

    private static SessionAction action(String label, String id, BiConsumer<OpenProgram, Session> run) {
        return new Action(label, id, (program, session, owner) -> run.accept(program, session));
    }

    private interface Run {
        void run(OpenProgram program, Session session, Window owner);
    }

    private record Action(String label, String id, Run body) implements SessionAction {
        @Override
        public boolean appliesTo(Session session) {
            return session.isScheduled();
        }

        @Override
        public void run(OpenProgram program, Session session, Window owner) {
            body.run(program, session, owner);
        }
    }
}

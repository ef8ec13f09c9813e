package org.conferenceplanner.ui.programs;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.conferenceplanner.ui.infra.Messages;

/** The real dialogs: the platform file chooser and the import report window. FX thread. */
public final class FxProgramDialogs implements ProgramDialogs {

    private final Supplier<Window> owner;
    private final Messages m;
    private File lastFolder;

    public FxProgramDialogs(Supplier<Window> owner, Messages m) {
        this.owner = owner;
        this.m = m;
    }

    @Override
    public Optional<Path> chooseProgramFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("programs.chooseTitle"));
        // The format is detected from the content; the filter only helps find the usual names.
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("programs.filter.all"), "*.xml", "*.json", "*.ics", "*.ical",
                        "*.vcs", "*.txt", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter(m.get("programs.filter.any"), "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @Override
    public void showImportReport(ImportReport report) {
        new ImportReportDialog(owner.get(), report, m).show();
    }

    @Override
    public void reviewUpdate(UpdateReview review, Consumer<Set<String>> dropped) {
        new UpdateReviewDialog(owner.get(), review, m, dropped).show();
    }

    @Override
    public void confirmNewVersion(NewVersionQuestion question, Consumer<Boolean> answer) {
        new NewVersionDialog(owner.get(), question, answer).show();
    }
}

package org.conferenceplanner.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.HostServices;
import javafx.stage.Stage;
import org.conferenceplanner.cli.ExportCommand;
import org.conferenceplanner.cli.InspectCommand;
import org.conferenceplanner.cli.PlanCommand;
import org.conferenceplanner.export.CalendarExporter;
import org.conferenceplanner.cli.RootCommand;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ProgramReader;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.store.AppDirectories;
import org.conferenceplanner.store.JsonPlanRepository;
import org.conferenceplanner.ui.detail.DetailViewModel;
import org.conferenceplanner.ui.export.ExportSettings;
import org.conferenceplanner.ui.export.FxSaveFilePicker;
import org.conferenceplanner.ui.export.PlanExportAction;
import org.conferenceplanner.ui.export.PlanExportViewModel;
import org.conferenceplanner.ui.export.SessionExportActions;
import org.conferenceplanner.ui.export.SessionExportViewModel;
import org.conferenceplanner.ui.infra.FxClipboard;
import org.conferenceplanner.ui.infra.FxTaskRunner;
import org.conferenceplanner.ui.infra.Messages;
import org.conferenceplanner.ui.infra.SystemTheme;
import org.conferenceplanner.ui.infra.TimeTexts;
import org.conferenceplanner.ui.main.AboutDialog;
import org.conferenceplanner.ui.main.MainWindow;
import org.conferenceplanner.ui.main.MainWindowViewModel;
import org.conferenceplanner.ui.planner.PlannerViewModel;
import org.conferenceplanner.ui.programs.FxProgramDialogs;
import org.conferenceplanner.ui.programs.ProgramsViewModel;
import org.conferenceplanner.ui.schedule.ScheduleViewModel;
import org.conferenceplanner.ui.search.SearchViewModel;
import picocli.CommandLine;

/**
 * The one place the object graph is built, with constructors. Nothing else creates services; no
 * singletons, no static state.
 */
public final class CompositionRoot {

    public static final String EMBEDDED_PROGRAM = "/programs/sc12.txt";
    public static final String EMBEDDED_NAME = "sc12.txt";

    private CompositionRoot() {
    }

    public static ProgramReader programReader() {
        return StandardImporters.reader(ImportLimits.defaults());
    }

    /** The data directory: {@code --data-dir} (null when not given), else the environment, else the platform's place. */
    public static AppDirectories directories(Path dataDirOption, Map<String, String> environment) {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((k, v) -> properties.put(String.valueOf(k), String.valueOf(v)));
        return AppDirectories.resolve(dataDirOption, environment, properties);
    }

    public static CommandLine commandLine(Map<String, String> environment) {
        AppInfo info = AppInfo.load();
        ProgramReader reader = programReader();
        PlanCommand plan = new PlanCommand(reader, dataDir -> directories(dataDir, environment).plansDir(), Clock.systemUTC());
        CalendarExporter exporter = new CalendarExporter(Clock.systemUTC(), info.version());
        ExportCommand export = new ExportCommand(reader, exporter,
                dataDir -> new JsonPlanRepository(directories(dataDir, environment).plansDir(), Clock.systemUTC()));
        return RootCommand.create(info.version(), new InspectCommand(reader), plan.commandLine(), export);
    }

    /** Starts reading what the window will need (settings, the program to open) on a thread of its own. */
    static StartupRead startupRead(StartArguments args) {
        AppDirectories dirs = directories(args.dataDir(), System.getenv());
        return StartupRead.begin(dirs, args.files(), programReader(), EMBEDDED_PROGRAM, EMBEDDED_NAME, Clock.systemUTC());
    }

    /**
     * What the real window runs on: plans, settings and kept programs in the data directory, as
     * {@code early} reads them (waits for the settings).
     */
    static WindowEnvironment windowEnvironment(HostServices host, StartupRead early) {
        Map<String, String> environment = System.getenv();
        SystemTheme theme = new SystemTheme(environment, Path.of(System.getProperty("user.home", ".")));
        Clock clock = Clock.systemUTC();
        AppDirectories dirs = early.directories();
        return new WindowEnvironment(early.programs(), EMBEDDED_PROGRAM, new JsonPlanRepository(dirs.plansDir(), clock),
                early.history(), early.settings(), new FxTaskRunner(), ZoneId.systemDefault(), clock, host::showDocument,
                theme::prefersDark, new FxSaveFilePicker(Messages.english()), new FxClipboard());
    }

    /** Builds the main window on {@code stage}; the caller shows it and starts the programs. */
    public static MainWindow mainWindow(Stage stage, WindowEnvironment env) {
        AppInfo info = AppInfo.load();
        Messages messages = Messages.english();
        TimeTexts times = new TimeTexts(messages.locale());
        FxProgramDialogs dialogs = new FxProgramDialogs(() -> stage, messages);
        ProgramsViewModel programs = new ProgramsViewModel(env.reader(),
                new ProgramsViewModel.Embedded(env.embeddedProgram(), EMBEDDED_NAME), env.plans(), env.history(), dialogs,
                env.runner(), messages, env.clock());
        SearchViewModel search = new SearchViewModel(programs.currentProperty(), messages);
        ScheduleViewModel schedule = new ScheduleViewModel(programs.currentProperty(), search, env.settings(),
                env.laptopZone(), env.clock(), times);
        DetailViewModel detail = new DetailViewModel(programs.currentProperty(), env.laptopZone(), messages, times,
                env.links());
        PlannerViewModel planner = new PlannerViewModel(programs.currentProperty(), messages, times, schedule::select);
        MainWindowViewModel main = new MainWindowViewModel(programs, search, schedule, detail, planner, env.settings(),
                env.systemPrefersDark(), messages);
        CalendarExporter exporter = new CalendarExporter(env.clock(), info.version());
        ExportSettings exportSettings = new ExportSettings(env.settings());
        SessionExportViewModel sessionExports = new SessionExportViewModel(exporter, exportSettings, env.runner(),
                env.links(), env.clipboard(), programs::announce, messages);
        PlanExportAction planExport = new PlanExportAction(p -> new PlanExportViewModel(p, exporter, exportSettings,
                env.runner(), programs::announce, messages, times), env.saveFiles(), messages);
        return new MainWindow(stage, main, messages, times,
                SessionExportActions.of(sessionExports, env.saveFiles(), messages), List.of(planExport),
                () -> AboutDialog.show(stage, info.name(), info.version(), info.description()));
    }
}

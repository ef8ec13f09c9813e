package org.conferenceplanner.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.conferenceplanner.importer.ProgramFiles;
import org.conferenceplanner.planner.PlanRepository;
import org.conferenceplanner.ui.export.SaveFilePicker;
import org.conferenceplanner.ui.infra.LinkOpener;
import org.conferenceplanner.ui.infra.Settings;
import org.conferenceplanner.ui.infra.TaskRunner;
import org.conferenceplanner.ui.infra.TextClipboard;
import org.conferenceplanner.ui.programs.ProgramHistory;

/**
 * Everything the window depends on from outside: services, ports, the clock and the laptop's zone.
 * The composition root makes the real one; tests make one with in-memory stores, a synchronous
 * task runner and a fixed zone.
 *
 * @param embeddedProgram the class-path resource of the program built into the app
 * @param laptopZone the zone of the laptop's clock (the optional second time axis)
 * @param saveFiles asks where to save an exported calendar file (the platform's save dialog)
 * @param clipboard where "Copy Google Link" puts the link
 */
public record WindowEnvironment(
        ProgramFiles reader,
        String embeddedProgram,
        PlanRepository plans,
        ProgramHistory history,
        Settings settings,
        TaskRunner runner,
        ZoneId laptopZone,
        Clock clock,
        LinkOpener links,
        BooleanSupplier systemPrefersDark,
        SaveFilePicker saveFiles,
        TextClipboard clipboard) {

    public WindowEnvironment {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(embeddedProgram, "embeddedProgram");
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(laptopZone, "laptopZone");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(systemPrefersDark, "systemPrefersDark");
        Objects.requireNonNull(saveFiles, "saveFiles");
        Objects.requireNonNull(clipboard, "clipboard");
    }
}

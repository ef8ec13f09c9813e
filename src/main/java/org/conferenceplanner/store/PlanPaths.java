package org.conferenceplanner.store;

import java.nio.file.Path;

/** The files of one conference's plan: the plan, its backup (the previous good version) and the lock file. */
record PlanPaths(Path main, Path backup, Path lock) {

    static PlanPaths of(Path dir, String conferenceId) {
        String name = FileNames.safe(conferenceId) + ".json";
        return new PlanPaths(dir.resolve(name), dir.resolve(name + ".bak"), dir.resolve(name + ".lock"));
    }

    Path dir() {
        return main.toAbsolutePath().getParent();
    }
}

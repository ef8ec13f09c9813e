import java.nio.file.Path;
import java.time.Clock;
import org.conferenceplanner.domain.Conference;
import org.conferenceplanner.importer.ImportLimits;
import org.conferenceplanner.importer.ImportResult;
import org.conferenceplanner.importer.StandardImporters;
import org.conferenceplanner.store.AppDirectories;
import org.conferenceplanner.store.KnownProgram;
import org.conferenceplanner.store.ProgramLibrary;

/**
 * Makes a data directory in which a program file was the one opened last, as the app's store keeps
 * it, for packaging/measure-startup.sh's "opened last" case. Run with the app's jars on the class path:
 *
 * <pre>java -cp 'target/dist/conference-planner/lib/app/*' packaging/startup/SeedDataDir.java DATA_DIR PROGRAM</pre>
 */
public final class SeedDataDir {

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SeedDataDir DATA_DIR PROGRAM_FILE");
            System.exit(64);
        }
        Path program = Path.of(args[1]);
        ImportResult result = StandardImporters.reader(ImportLimits.defaults()).read(program);
        Conference conference = result.conferenceIfAny().orElse(null);
        if (!result.succeeded() || conference == null) {
            System.err.println(program + ": not importable by this build ("
                    + result.firstError().map(Object::toString).orElse("no conference") + ")");
            System.exit(2);
        }
        ProgramLibrary library = new ProgramLibrary(AppDirectories.at(Path.of(args[0])).programsDir(), Clock.systemUTC());
        KnownProgram kept = library.add(program, conference);
        System.out.println("seeded " + kept.file() + " (" + conference.title() + ", "
                + conference.sessions().size() + " sessions) as last opened");
    }
}

package org.conferenceplanner.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Newer versions of real programs under a new conference id, made from the shared files at test time.
 * Every real pair in {@code ../shared/schedules} keeps its id (the DemoCon ICS takes pretalx's event
 * slug from its talk URLs, like the XML's acronym), so these copies stand for the case where it changes:
 * the organisers renamed the pretalx event from {@code democon} to {@code democon2022}. Skips the test
 * when the shared files are absent.
 */
public final class ProgramVersions {

    /** The ICS's conference id once its event slug is renamed. */
    public static final String RENAMED_ID = "democon2022";

    private ProgramVersions() {
    }

    /** The DemoCon ICS with its pretalx event renamed, otherwise unchanged, written into {@code dir}. */
    public static Path demoConIcsRenamed(Path dir) {
        return write(dir, "democon2022.ics", renamed());
    }

    /**
     * The renamed DemoCon ICS after the organisers moved "Persevering cohesive concept" into the other
     * room and dropped "Optional bifurcated attitude" (its VEVENT is gone).
     */
    public static Path demoConIcsRenamedAndUpdated(Path dir) {
        String text = renamed();
        String moved = "LOCATION:Dark Red Room\r\nSUMMARY:Persevering cohesive concept";
        text = replaceOnce(text, moved, "LOCATION:Pale Golden Rod Room\r\nSUMMARY:Persevering cohesive concept");
        int dropped = text.indexOf("UID:pretalx-democon-CAXE7R@localhost");
        int begin = text.lastIndexOf("BEGIN:VEVENT", dropped);
        int end = text.indexOf("END:VEVENT\r\n", dropped) + "END:VEVENT\r\n".length();
        if (dropped < 0 || begin < 0 || end < begin) {
            throw new IllegalStateException("the DemoCon ICS no longer holds the event CAXE7R");
        }
        return write(dir, "democon2022-updated.ics", text.substring(0, begin) + text.substring(end));
    }

    private static String renamed() {
        try {
            String text = Files.readString(SharedData.schedule("ics/pretalx-democon-2022.ics"), StandardCharsets.UTF_8);
            if (!text.contains("\r\n")) {
                text = text.replace("\n", "\r\n");
            }
            return text.replace("http://localhost/democon/talk/", "http://localhost/" + RENAMED_ID + "/talk/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replaceOnce(String text, String what, String with) {
        int at = text.indexOf(what);
        if (at < 0) {
            throw new IllegalStateException("the DemoCon ICS no longer holds: " + what);
        }
        return text.substring(0, at) + with + text.substring(at + what.length());
    }

    private static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.conferenceplanner.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name and version as the build wrote them (from pom.xml). */
public record AppInfo(String name, String version, String description) {

    public static AppInfo load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/conference-planner.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppInfo(p.getProperty("name", "Conference Planner"), p.getProperty("version", "dev"),
                p.getProperty("description", ""));
    }
}

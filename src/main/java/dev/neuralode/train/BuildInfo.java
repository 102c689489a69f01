package dev.neuralode.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build that the window and the command line both show. */
public final class BuildInfo {

    private BuildInfo() {
    }

    /** The project version, filtered into {@code build.properties} by Maven. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing from the classpath: rebuild with ./mvnw package");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read build.properties", e);
        }
        return properties.getProperty("version");
    }
}

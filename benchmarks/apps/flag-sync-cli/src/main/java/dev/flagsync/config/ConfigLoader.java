package dev.flagsync.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import dev.flagsync.Defaults;
import dev.flagsync.errors.ConfigException;

/**
 * Reads and writes {@code ~/.flagsync/config.properties}.
 */
public final class ConfigLoader {

    private static final Logger LOG = Logger.getLogger(ConfigLoader.class.getName());

    private static final Pattern PERSONAL_KEY_SHAPE = Pattern.compile("phx_[A-Za-z0-9]{39,50}");

    private ConfigLoader() {
    }

    public static Credentials load(Path file) throws ConfigException {
        Properties props = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                props.load(reader);
            } catch (IOException e) {
                throw new ConfigException("Cannot read " + file, e);
            }
        }

        String personalKey = props.getProperty(Defaults.PROP_PERSONAL_KEY);
        if (personalKey != null && !PERSONAL_KEY_SHAPE.matcher(personalKey).matches()) {
            throw new ConfigException("Invalid " + Defaults.PROP_PERSONAL_KEY + " '" + personalKey + "' in " + file);
        }
        LOG.config("Loaded " + props.size() + " settings from " + file + " (personal key present: " + (personalKey != null) + ")");

        return new Credentials(
                props.getProperty(Defaults.PROP_HOST, Defaults.DEFAULT_HOST),
                props.getProperty(Defaults.PROP_PROJECT_ID),
                props.getProperty(Defaults.PROP_PROJECT_KEY),
                personalKey);
    }

    public static void save(Path file, Credentials credentials) throws ConfigException {
        Properties props = new Properties();
        props.setProperty(Defaults.PROP_HOST, credentials.host());
        props.setProperty(Defaults.PROP_PROJECT_ID, credentials.projectId());
        if (credentials.projectApiKey() != null) {
            props.setProperty(Defaults.PROP_PROJECT_KEY, credentials.projectApiKey());
        }
        props.setProperty(Defaults.PROP_PERSONAL_KEY, credentials.personalApiKey());

        try {
            Files.createDirectories(file.getParent());
            LOG.fine(() -> "Writing " + props + " to " + file);
            try (Writer writer = Files.newBufferedWriter(file)) {
                props.store(writer, "flagsync credentials - do not commit");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.warning("Cannot restrict permissions of " + file + "; it contains " + Defaults.PROP_PERSONAL_KEY);
            }
        } catch (IOException e) {
            throw new ConfigException("Cannot write " + file, e);
        }
    }
}

package com.acme.flags.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resolves settings in this order: command-line overrides, environment, user config file
 * ({@code ~/.config/flags-cli/flags-cli.properties}), bundled defaults.
 */
public final class SettingsLoader {

    private static final Logger LOG = Logger.getLogger(SettingsLoader.class.getName());

    private final Map<String, String> env;
    private final Properties properties = new Properties();

    public SettingsLoader(Map<String, String> env) {
        this.env = env;
    }

    public static SettingsLoader fromSystem() {
        return new SettingsLoader(System.getenv());
    }

    public CliSettings load(Map<String, String> overrides, boolean verbose, boolean sandbox) {
        loadBundledDefaults();
        loadUserFile(Path.of(System.getProperty("user.home"), ".config", "flags-cli", "flags-cli.properties"));
        properties.putAll(overrides);

        if (sandbox) {
            return new CliSettings(CliDefaults.DEFAULT_HOST, CliDefaults.SANDBOX_PROJECT_ID,
                    CliDefaults.SANDBOX_PROJECT_API_KEY, CliDefaults.SANDBOX_PERSONAL_API_KEY, null, verbose, true);
        }

        String host = resolve(CliDefaults.PROP_HOST, CliDefaults.ENV_HOST);
        String projectId = resolve(CliDefaults.PROP_PROJECT_ID, CliDefaults.ENV_PROJECT_ID);
        String projectKey = resolve(CliDefaults.PROP_PROJECT_API_KEY, CliDefaults.ENV_PROJECT_API_KEY);
        String personalKey = resolve(CliDefaults.PROP_PERSONAL_API_KEY, CliDefaults.ENV_PERSONAL_API_KEY);
        String secureKey = resolve(CliDefaults.PROP_FLAGS_SECURE_KEY, CliDefaults.ENV_FLAGS_SECURE_KEY);

        return new CliSettings(
                host != null ? host : CliDefaults.DEFAULT_HOST,
                projectId != null ? Long.parseLong(projectId.trim()) : 0L,
                projectKey,
                personalKey,
                secureKey,
                verbose,
                false);
    }

    private String resolve(String property, String envName) {
        String value = env.get(envName);
        String source = "env " + envName;
        if (value == null || value.isBlank()) {
            value = properties.getProperty(property);
            source = "property " + property;
        }
        if (value == null || value.isBlank()) {
            LOG.fine(() -> "No value for " + property + " (env " + envName + ")");
            return null;
        }
        String resolved = value.trim();
        String from = source;
        LOG.finer(() -> "Resolved " + property + " = " + resolved + " from " + from);
        return resolved;
    }

    private void loadBundledDefaults() {
        try (InputStream in = SettingsLoader.class.getResourceAsStream("/flags-cli-defaults.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not read bundled defaults", e);
        }
    }

    private void loadUserFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
            LOG.config("Loaded " + properties.size() + " entries from " + file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not read " + file, e);
        }
    }
}

package com.northwind.flagsync.config;

import com.northwind.flagsync.util.Secrets;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Loads ~/.flagsync/config.properties, then lets environment variables and the keystore override it. */
public final class ConfigLoader {

    private static final Logger LOG = Logger.getLogger(ConfigLoader.class.getName());

    private final Path configFile;

    public ConfigLoader() {
        this(Defaults.configDir().resolve("config.properties"));
    }

    public ConfigLoader(Path configFile) {
        this.configFile = configFile;
    }

    public AppConfig load(boolean verbose) {
        Properties props = new Properties();
        if (Files.exists(configFile)) {
            try (Reader r = Files.newBufferedReader(configFile)) {
                props.load(r);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not read " + configFile, e);
            }
        }

        String host = firstNonBlank(System.getenv("POSTHOG_HOST"), props.getProperty("posthog.host"), Defaults.HOST);
        long projectId = Long.parseLong(firstNonBlank(System.getenv("POSTHOG_PROJECT_ID"),
                props.getProperty("posthog.project.id"), "0"));
        String projectKey = firstNonBlank(System.getenv("POSTHOG_API_KEY"),
                props.getProperty("posthog.api.key"), Defaults.TELEMETRY_PROJECT_KEY);
        String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

        AppConfig.KeySource source;
        String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (personalKey != null && !personalKey.isBlank()) {
            source = AppConfig.KeySource.ENVIRONMENT;
            LOG.fine("Personal API key taken from POSTHOG_PERSONAL_API_KEY: " + personalKey);
        } else {
            Path ks = Path.of(props.getProperty("flagsync.keystore.path",
                    Defaults.configDir().resolve("secrets.p12").toString()));
            personalKey = new KeystoreSecrets(ks).readPersonalKey().orElse(null);
            source = AppConfig.KeySource.KEYSTORE;
            if (personalKey == null) {
                personalKey = props.getProperty("posthog.personal.api.key");
                source = AppConfig.KeySource.CONFIG_FILE;
            }
            if (personalKey == null) {
                personalKey = Defaults.BOOTSTRAP_PERSONAL_KEY;
                source = AppConfig.KeySource.BOOTSTRAP;
            }
        }

        LOG.info("Personal API key source: " + source);
        LOG.config("Personal API key " + Secrets.mask(personalKey) + " (" + personalKey.length() + " chars)");
        return new AppConfig(host, projectId, projectKey, personalKey, secureKey, source, verbose);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}

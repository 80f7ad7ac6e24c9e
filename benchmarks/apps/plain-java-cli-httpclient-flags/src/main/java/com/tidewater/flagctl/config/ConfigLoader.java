package com.tidewater.flagctl.config;

import com.tidewater.flagctl.cli.GlobalOptions;
import com.tidewater.flagctl.util.KeyMasker;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Logger;

/** Reads ~/.flagctl/config.properties (java.util.Properties) and overlays the environment. */
public final class ConfigLoader {

    private static final Logger LOG = Logger.getLogger(ConfigLoader.class.getName());

    public CliConfig load(GlobalOptions options) {
        Properties props = new Properties();
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/flagctl-defaults.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled defaults", e);
        }

        Path file = options.configFile() != null
                ? options.configFile()
                : Path.of(System.getProperty("user.home"), ".flagctl", "config.properties");
        if (Files.isReadable(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                props.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        } else {
            LOG.warning("No config file at " + file + ", using bundled defaults and the environment");
        }

        String p = "default".equals(options.profile()) ? "" : options.profile() + ".";

        String personalKey = firstNonBlank(
                System.getenv(Defaults.PERSONAL_KEY_ENV),
                props.getProperty(p + Defaults.PERSONAL_KEY_PROPERTY));
        if (personalKey == null) {
            LOG.warning("Property " + Defaults.PERSONAL_KEY_PROPERTY + " is not set (nor env "
                    + Defaults.PERSONAL_KEY_ENV + "); falling back to the sandbox key");
            personalKey = Defaults.FALLBACK_PERSONAL_KEY;
        }
        String secureKey = firstNonBlank(
                System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"),
                props.getProperty(p + Defaults.SECURE_KEY_PROPERTY));

        CliConfig config = new CliConfig(
                props.getProperty(p + "posthog.host", Defaults.DEFAULT_HOST),
                props.getProperty(p + "posthog.project-id"),
                firstNonBlank(System.getenv("POSTHOG_API_KEY"), props.getProperty(p + "posthog.api.key")),
                personalKey,
                secureKey,
                props.getProperty("proxy.host"),
                Integer.parseInt(props.getProperty("proxy.port", "3128")),
                props.getProperty("proxy.user"),
                props.getProperty("proxy.password"),
                Integer.parseInt(props.getProperty("http.timeout-seconds",
                        String.valueOf(Defaults.DEFAULT_TIMEOUT_SECONDS))));

        LOG.config("Resolved configuration for profile '" + options.profile() + "': " + config);
        LOG.fine("Personal key " + KeyMasker.mask(personalKey) + " (" + personalKey.length() + " chars)");
        return config;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}

package io.tidewater.flagcli.config;

import io.tidewater.flagcli.config.CliSettings.KeySource;
import io.tidewater.flagcli.util.Secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class SettingsLoader {

    private static final Logger LOG = Logger.getLogger(SettingsLoader.class.getName());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)(?::([^}]*))?}");

    private final Map<String, String> env;
    private final Path settingsFile;

    public SettingsLoader() {
        this(System.getenv(), Defaults.userSettingsFile());
    }

    SettingsLoader(Map<String, String> env, Path settingsFile) {
        this.env = env;
        this.settingsFile = settingsFile;
    }

    public CliSettings load() {
        Properties bundled = readBundledDefaults();
        Properties home = readHomeFile();

        String host = pick(Defaults.ENV_HOST, Defaults.HOST_PROPERTY, home, bundled, Defaults.DEFAULT_HOST);
        String appHost = pick(null, Defaults.APP_HOST_PROPERTY, home, bundled, Defaults.DEFAULT_APP_HOST);
        String projectKey = pick(Defaults.ENV_PROJECT_KEY, Defaults.PROJECT_KEY_PROPERTY, home, bundled,
                Defaults.DEFAULT_PROJECT_API_KEY);
        long projectId = Long.parseLong(pick(Defaults.ENV_PROJECT_ID, Defaults.PROJECT_ID_PROPERTY, home, bundled, "0"));
        String secureKey = pick(Defaults.ENV_SECURE_KEY, Defaults.SECURE_KEY_PROPERTY, home, bundled, null);

        KeySource source;
        String personalKey;
        if (env.get(Defaults.ENV_PERSONAL_KEY) != null) {
            personalKey = env.get(Defaults.ENV_PERSONAL_KEY);
            source = KeySource.ENVIRONMENT;
        } else if (System.getProperty(Defaults.PERSONAL_KEY_PROPERTY) != null) {
            personalKey = System.getProperty(Defaults.PERSONAL_KEY_PROPERTY);
            source = KeySource.SYSTEM_PROPERTY;
        } else if (home.getProperty(Defaults.PERSONAL_KEY_PROPERTY) != null) {
            personalKey = expand(home.getProperty(Defaults.PERSONAL_KEY_PROPERTY));
            source = KeySource.HOME_FILE;
        } else if (env.containsKey(Defaults.ENV_CI)) {
            personalKey = Defaults.CI_KEY_PREFIX + Defaults.CI_KEY_BODY;
            source = KeySource.CI_FALLBACK;
        } else {
            personalKey = expand(bundled.getProperty(Defaults.PERSONAL_KEY_PROPERTY));
            source = personalKey == null ? KeySource.NONE : KeySource.BUNDLED_DEFAULTS;
        }

        if (personalKey == null || personalKey.isBlank()) {
            LOG.warning("No " + Defaults.PERSONAL_KEY_PROPERTY + " or " + Defaults.ENV_PERSONAL_KEY
                    + " set; flag listing and local evaluation are disabled");
        } else {
            LOG.info("Personal API key source: " + source);
            LOG.config("Personal API key " + Secrets.mask(personalKey));
        }

        CliSettings settings = new CliSettings(
                host,
                appHost,
                projectId,
                projectKey,
                personalKey,
                secureKey,
                source,
                Boolean.parseBoolean(pick(null, Defaults.DEBUG_PROPERTY, home, bundled, "false")),
                Integer.parseInt(pick(null, "posthog.poll.interval.seconds", home, bundled, "30")),
                home.getProperty("https.proxyHost", System.getProperty("https.proxyHost")),
                Integer.parseInt(home.getProperty("https.proxyPort", System.getProperty("https.proxyPort", "3128"))),
                home.getProperty("https.proxyUser", System.getProperty("https.proxyUser")),
                home.getProperty("https.proxyPassword", System.getProperty("https.proxyPassword")),
                Integer.parseInt(pick(null, "flagcli.preview.port", home, bundled,
                        String.valueOf(Defaults.DEFAULT_PREVIEW_PORT))),
                pick(null, "flagcli.export.dir", home, bundled, "web/public/js"));

        LOG.config("Resolved settings: " + settings);
        return settings;
    }

    private String pick(String envName, String property, Properties home, Properties bundled, String fallback) {
        if (envName != null && env.get(envName) != null && !env.get(envName).isBlank()) {
            return env.get(envName);
        }
        String value = System.getProperty(property);
        if (value == null) {
            value = home.getProperty(property);
        }
        if (value == null) {
            value = bundled.getProperty(property);
        }
        value = expand(value);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private String expand(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = env.getOrDefault(m.group(1), m.group(2) == null ? "" : m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Properties readBundledDefaults() {
        Properties props = new Properties();
        try (InputStream in = SettingsLoader.class.getResourceAsStream(Defaults.BUNDLED_DEFAULTS)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled defaults", e);
        }
        return props;
    }

    private Properties readHomeFile() {
        Properties props = new Properties();
        if (!Files.isRegularFile(settingsFile)) {
            LOG.fine(() -> "No user settings at " + settingsFile);
            return props;
        }
        LOG.fine(() -> "Reading user settings from " + settingsFile);
        try (Reader reader = Files.newBufferedReader(settingsFile, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + settingsFile, e);
        }
        return props;
    }
}

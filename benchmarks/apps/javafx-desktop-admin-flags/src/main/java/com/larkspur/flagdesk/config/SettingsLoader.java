package com.larkspur.flagdesk.config;

import static com.larkspur.flagdesk.config.PostHogDefaults.HOST_PROPERTY;
import static com.larkspur.flagdesk.config.PostHogDefaults.PERSONAL_KEY_PROPERTY;
import static com.larkspur.flagdesk.config.PostHogDefaults.PROJECT_ID_PROPERTY;
import static com.larkspur.flagdesk.config.PostHogDefaults.PROJECT_KEY_PROPERTY;
import static com.larkspur.flagdesk.config.PostHogDefaults.SECURE_KEY_PROPERTY;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link AdminSettings} from the environment, the Preferences node and
 * {@code ~/.flagdesk/flagdesk.properties}, in that order of precedence.
 */
public final class SettingsLoader {

    private static final Logger log = LoggerFactory.getLogger(SettingsLoader.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final Path settingsFile;
    private final Preferences prefs;

    public SettingsLoader() {
        this(Path.of(System.getProperty("user.home"), ".flagdesk", "flagdesk.properties"),
                Preferences.userNodeForPackage(SettingsLoader.class));
    }

    SettingsLoader(Path settingsFile, Preferences prefs) {
        this.settingsFile = settingsFile;
        this.prefs = prefs;
    }

    public AdminSettings load() {
        Properties props = new Properties();
        try (InputStream in = SettingsLoader.class.getResourceAsStream("/flagdesk-defaults.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            log.warn("Bundled defaults are unreadable", e);
        }
        if (Files.isRegularFile(settingsFile)) {
            try (Reader reader = Files.newBufferedReader(settingsFile)) {
                props.load(reader);
            } catch (IOException e) {
                log.warn("Could not read {}", settingsFile, e);
            }
        }

        String profile = firstNonBlank(System.getenv("FLAGDESK_PROFILE"), props.getProperty("flagdesk.profile"));
        String host = firstNonBlank(System.getenv("POSTHOG_HOST"), prefs.get(HOST_PROPERTY, null),
                props.getProperty(HOST_PROPERTY), PostHogDefaults.US_APP_HOST);
        String projectKey = firstNonBlank(prefs.get(PROJECT_KEY_PROPERTY, null),
                props.getProperty(PROJECT_KEY_PROPERTY), PostHogDefaults.PROJECT_API_KEY);
        long projectId = Long.parseLong(props.getProperty(PROJECT_ID_PROPERTY, "4242"));

        String personalKey = firstNonBlank(System.getenv("POSTHOG_PERSONAL_API_KEY"),
                prefs.get(PERSONAL_KEY_PROPERTY, null),
                resolve(props.getProperty(PERSONAL_KEY_PROPERTY)));
        if (personalKey == null) {
            log.warn("Property {} missing from {}, using the shared team key", PERSONAL_KEY_PROPERTY, settingsFile);
            personalKey = PostHogDefaults.FALLBACK_PERSONAL_KEY;
        }
        String secureKey = firstNonBlank(System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY"),
                resolve(props.getProperty(SECURE_KEY_PROPERTY)));
        if (secureKey == null && "staging".equals(profile)) {
            secureKey = PostHogDefaults.STAGING_SECURE_KEY;
        }

        String proxyHost = props.getProperty("proxy.host");
        int proxyPort = Integer.parseInt(props.getProperty("proxy.port", "3128"));
        String proxyUser = prefs.get("proxy.user", props.getProperty("proxy.user"));
        String proxyPassword = prefs.get("proxy.password", props.getProperty("proxy.password"));
        String clientId = props.getProperty("flagdesk.oauth.client-id", "flagdesk-desktop");
        String clientSecret = firstNonBlank(System.getenv("FLAGDESK_OAUTH_CLIENT_SECRET"),
                props.getProperty("flagdesk.oauth.client-secret"));
        boolean verbose = Boolean.parseBoolean(firstNonBlank(System.getenv("FLAGDESK_VERBOSE"), "false"));

        log.debug("Loaded PostHog settings from {} (profile={}, host={}, personalKey={})",
                settingsFile, profile, host, personalKey);
        if (proxyHost != null && !proxyHost.isBlank()) {
            log.debug("Using proxy {}:{} as {} / {}", proxyHost, proxyPort, proxyUser, proxyPassword);
        }

        return new AdminSettings(profile, host, projectId, projectKey, personalKey, secureKey,
                proxyHost, proxyPort, proxyUser, proxyPassword, clientId, clientSecret, verbose, settingsFile);
    }

    /** Persists what the Settings dialog edits. Keys go to the Preferences node, not the file. */
    public void save(AdminSettings settings) {
        prefs.put(HOST_PROPERTY, settings.host());
        prefs.put(PROJECT_KEY_PROPERTY, settings.projectApiKey());
        if (settings.hasPersonalKey()) {
            prefs.put(PERSONAL_KEY_PROPERTY, settings.personalApiKey());
        }
        if (settings.proxyUser() != null) {
            prefs.put("proxy.user", settings.proxyUser());
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            log.error("Could not flush preferences node {}", prefs.absolutePath(), e);
        }
        writeNonSecretProperties(settings);
    }

    private void writeNonSecretProperties(AdminSettings settings) {
        Properties out = new Properties();
        out.setProperty(HOST_PROPERTY, settings.host());
        out.setProperty(PROJECT_ID_PROPERTY, Long.toString(settings.projectId()));
        out.setProperty("flagdesk.profile", settings.profile());
        try {
            Files.createDirectories(settingsFile.getParent());
            try (Writer writer = Files.newBufferedWriter(settingsFile)) {
                out.store(writer, "FlagDesk settings");
            }
        } catch (IOException e) {
            log.warn("Could not write {}", settingsFile, e);
        }
    }

    /** Expands a whole-value {@code ${ENV_NAME}} placeholder the way the README promises. */
    static String resolve(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(raw.trim());
        if (m.matches()) {
            return System.getenv(m.group(1));
        }
        return raw.trim();
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

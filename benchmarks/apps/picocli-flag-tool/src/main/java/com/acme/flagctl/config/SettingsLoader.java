package com.acme.flagctl.config;

import com.acme.flagctl.config.FlagCtlSettings.ProxySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

/**
 * Loads {@link FlagCtlSettings}: bundled defaults, then ~/.flagctl/config.properties, then
 * ~/.flagctl/credentials.properties, then environment variables.
 */
public final class SettingsLoader {

    private static final Logger log = LoggerFactory.getLogger(SettingsLoader.class);

    static final String DEMO_SECURE_KEY = Defaults.DEMO_SECURE_KEY_PREFIX + Defaults.DEMO_SECURE_KEY_BODY;

    private final Path configDir;

    public SettingsLoader() {
        this(Path.of(System.getProperty("user.home"), Defaults.CONFIG_DIR));
    }

    public SettingsLoader(Path configDir) {
        this.configDir = configDir;
    }

    public Path credentialsFile() {
        return configDir.resolve(Defaults.CREDENTIALS_FILE);
    }

    public FlagCtlSettings load(String profile, boolean demo) throws IOException {
        Properties props = new Properties();
        try (InputStream in = SettingsLoader.class.getResourceAsStream("/flagctl-defaults.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        merge(props, configDir.resolve(Defaults.CONFIG_FILE));
        merge(props, credentialsFile());

        String p = profile == null || profile.isBlank() ? "" : profile + ".";
        String host = first(props.getProperty(p + "posthog.host"), props.getProperty("posthog.host"), Defaults.DEFAULT_HOST);
        String privateApi = first(props.getProperty(p + "posthog.private-api-host"), Defaults.DEFAULT_PRIVATE_API);
        String projectKey = first(System.getenv("POSTHOG_API_KEY"), props.getProperty(p + Defaults.PROJECT_KEY_PROPERTY),
                props.getProperty(Defaults.PROJECT_KEY_PROPERTY), Defaults.DEFAULT_PROJECT_KEY);
        String personalKey = first(System.getenv(Defaults.PERSONAL_KEY_ENV),
                props.getProperty(p + Defaults.PERSONAL_KEY_PROPERTY), props.getProperty(Defaults.PERSONAL_KEY_PROPERTY));
        String secureKey = demo ? DEMO_SECURE_KEY
                : first(System.getenv(Defaults.SECURE_KEY_ENV), props.getProperty(Defaults.SECURE_KEY_PROPERTY));

        ProxySettings proxy = ProxySettings.none();
        String proxyHost = props.getProperty("http.proxy.host");
        if (proxyHost != null && !proxyHost.isBlank()) {
            proxy = new ProxySettings(proxyHost,
                    Integer.parseInt(props.getProperty("http.proxy.port", "3128")),
                    props.getProperty("http.proxy.user"),
                    first(System.getenv("FLAGCTL_PROXY_PASSWORD"), props.getProperty("http.proxy.password")));
        }

        log.debug("Resolved configuration from {} (profile={}, demo={})", configDir, profile, demo);
        return new FlagCtlSettings(host, privateApi, projectKey, personalKey, secureKey,
                props.getProperty(p + "posthog.project-id", props.getProperty("posthog.project-id")),
                props.getProperty("posthog.oauth.access-token"),
                props.getProperty("posthog.oauth.refresh-token"),
                proxy);
    }

    /** Writes credentials next to the config, readable by the current user only. */
    public void storeCredentials(Map<String, String> values) throws IOException {
        Files.createDirectories(configDir);
        Properties creds = new Properties();
        Path file = credentialsFile();
        merge(creds, file);
        values.forEach(creds::setProperty);
        try (Writer out = Files.newBufferedWriter(file)) {
            creds.store(out, "flagctl credentials - do not commit");
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException windows) {
            log.debug("POSIX permissions not supported for {}", file);
        }
    }

    private static void merge(Properties target, Path file) throws IOException {
        if (Files.isReadable(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                target.load(in);
            }
        }
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank() && !c.startsWith("${")) {
                return c.trim();
            }
        }
        return null;
    }
}

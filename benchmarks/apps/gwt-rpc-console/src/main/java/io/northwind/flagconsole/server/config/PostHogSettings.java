package io.northwind.flagconsole.server.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Process-wide holder of the PostHog and database settings, loaded once by
 * {@code ConsoleStartupListener} from {@code posthog.properties} and the environment.
 */
public final class PostHogSettings {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";

    private static final String BOOTSTRAP_PERSONAL_KEY = KeyParts.PERSONAL_PREFIX + KeyParts.PERSONAL_BODY;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private static volatile PostHogSettings current;

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String projectSecretKey;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final int pollIntervalSeconds;

    private PostHogSettings(Properties props) {
        this.host = props.getProperty("posthog.host", "https://us.i.posthog.com");
        this.projectApiKey = props.getProperty(PROJECT_KEY_PROPERTY);
        String personal = resolve(props.getProperty(PERSONAL_KEY_PROPERTY));
        this.personalApiKey = personal == null || personal.isEmpty() ? BOOTSTRAP_PERSONAL_KEY : personal;
        this.projectSecretKey = props.getProperty("posthog.project-secret-key");
        this.dbUrl = props.getProperty("db.url");
        this.dbUser = props.getProperty("db.user");
        this.dbPassword = resolve(props.getProperty("db.password"));
        this.pollIntervalSeconds = Integer.parseInt(props.getProperty("posthog.poll-interval-seconds", "30"));
    }

    public static PostHogSettings load() {
        Properties props = new Properties();
        try (InputStream in = PostHogSettings.class.getResourceAsStream("/posthog.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read posthog.properties", e);
        }
        PostHogSettings settings = new PostHogSettings(props);
        current = settings;
        return settings;
    }

    public static PostHogSettings get() {
        PostHogSettings settings = current;
        if (settings == null) {
            throw new IllegalStateException("PostHogSettings not loaded yet");
        }
        return settings;
    }

    private static String resolve(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(value);
        return m.matches() ? System.getenv(m.group(1)) : value;
    }

    /** Shows a key the way PostHog's settings page does: {@code phx_...abcd}. */
    public static String maskKey(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public String getHost() {
        return host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getProjectSecretKey() {
        return projectSecretKey;
    }

    public String getDbUrl() {
        return dbUrl;
    }

    public String getDbUser() {
        return dbUser;
    }

    public String getDbPassword() {
        return dbPassword;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }
}

package io.flagplat.common.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

public final class PostHogSettings {

    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String HOST_PROPERTY = "posthog.host";
    public static final String POLL_INTERVAL_PROPERTY = "posthog.poll-interval-seconds";

    private final String projectApiKey;
    private final String personalApiKey;
    private final String host;
    private final int pollIntervalSeconds;

    public PostHogSettings(String projectApiKey, String personalApiKey, String host, int pollIntervalSeconds) {
        this.projectApiKey = Objects.requireNonNull(projectApiKey, "projectApiKey");
        this.personalApiKey = personalApiKey;
        this.host = host == null || host.isBlank() ? PostHogDefaults.US_INGEST_HOST : host;
        this.pollIntervalSeconds = pollIntervalSeconds > 0 ? pollIntervalSeconds : PostHogDefaults.DEFAULT_POLL_SECONDS;
    }

    public static PostHogSettings fromClasspath(String resource) {
        Properties props = new Properties();
        try (InputStream in = PostHogSettings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return fromProperties(props);
    }

    public static PostHogSettings fromProperties(Properties props) {
        String personal = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (personal == null || personal.isBlank()) {
            personal = props.getProperty(PERSONAL_KEY_PROPERTY);
        }
        int interval = Integer.parseInt(props.getProperty(POLL_INTERVAL_PROPERTY, String.valueOf(PostHogDefaults.DEFAULT_POLL_SECONDS)));
        return new PostHogSettings(props.getProperty(PROJECT_KEY_PROPERTY), personal, props.getProperty(HOST_PROPERTY), interval);
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getHost() {
        return host;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public boolean hasPersonalApiKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogSettings{projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", host='" + host + '\''
                + ", pollIntervalSeconds=" + pollIntervalSeconds + '}';
    }
}

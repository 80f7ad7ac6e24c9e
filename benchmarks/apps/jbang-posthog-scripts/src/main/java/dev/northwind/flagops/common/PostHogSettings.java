package dev.northwind.flagops.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class PostHogSettings {

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    public static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";
    public static final String SECURE_KEY_ENV = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    public static final String SECURE_KEY_PREFIX = "phs_";
    public static final String DEFAULT_HOST = "https://eu.posthog.com";
    public static final String DEFAULT_INGEST_HOST = "https://eu.i.posthog.com";

    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final String host;
    private final String ingestHost;
    private final long projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String secureApiKey;
    private final boolean debug;

    private PostHogSettings(String host, String ingestHost, long projectId, String projectApiKey,
                            String personalApiKey, String secureApiKey, boolean debug) {
        this.host = host;
        this.ingestHost = ingestHost;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.secureApiKey = secureApiKey;
        this.debug = debug;
    }

    public static PostHogSettings load(Path configFile) throws IOException {
        Properties props = new Properties();
        if (Files.isRegularFile(configFile)) {
            try (InputStream in = Files.newInputStream(configFile)) {
                props.load(in);
            }
        }
        String host = firstNonBlank(System.getenv("POSTHOG_HOST"), props.getProperty("posthog.host"), DEFAULT_HOST);
        String ingestHost = firstNonBlank(props.getProperty("posthog.ingest-host"), DEFAULT_INGEST_HOST);
        long projectId = Long.parseLong(props.getProperty("posthog.project-id", "0"));
        String projectKey = resolve(props.getProperty("posthog.api.key"));
        String personal = firstNonBlank(
                System.getProperty(PERSONAL_KEY_PROPERTY),
                System.getenv(PERSONAL_KEY_ENV),
                resolve(props.getProperty(PERSONAL_KEY_PROPERTY)));
        String secure = firstNonBlank(System.getenv(SECURE_KEY_ENV), resolve(props.getProperty(SECURE_KEY_PROPERTY)));
        boolean debug = Boolean.parseBoolean(props.getProperty("posthog.debug", "false"));
        return new PostHogSettings(host, ingestHost, projectId, projectKey, personal, secure, debug);
    }

    public String requirePersonalApiKey() {
        if (personalApiKey == null || personalApiKey.isBlank()) {
            throw new IllegalStateException(PERSONAL_KEY_ENV + " is not set and " + PERSONAL_KEY_PROPERTY + " is empty");
        }
        if (!personalApiKey.startsWith("phx_")) {
            throw new IllegalArgumentException("Expected a personal API key but got '" + personalApiKey + "'");
        }
        return personalApiKey;
    }

    public String host() {
        return host;
    }

    public String ingestHost() {
        return ingestHost;
    }

    public long projectId() {
        return projectId;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String secureApiKey() {
        return secureApiKey;
    }

    public boolean debug() {
        return debug;
    }

    private static String resolve(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ENV_REF.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String env = System.getenv(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(env == null ? "" : env));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", ingestHost=" + ingestHost
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", debug=" + debug + "}";
    }
}

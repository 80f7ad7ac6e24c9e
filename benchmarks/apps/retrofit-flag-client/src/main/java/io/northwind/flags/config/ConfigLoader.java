package io.northwind.flags.config;

import io.northwind.flags.util.KeyMasker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/** Reads {@code flagclient.properties} from the classpath and lets the environment override it. */
public final class ConfigLoader {

    private static final Logger LOG = Logger.getLogger(ConfigLoader.class.getName());

    static final String ENV_HOST = "POSTHOG_HOST";
    static final String ENV_PROJECT_API_KEY = "POSTHOG_API_KEY";
    static final String ENV_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
    static final String ENV_SECURE_API_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
    static final String ENV_OAUTH_REFRESH_TOKEN = "POSTHOG_OAUTH_REFRESH_TOKEN";
    static final String ENV_PROXY_PASSWORD = "HTTP_PROXY_PASSWORD";
    static final String ENV_PROFILE = "FLAGS_PROFILE";

    static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    static final String SECURE_KEY_PROPERTY = "posthog.feature-flags-secure-api-key";

    /** Used by the staging profile when nobody exported a personal key. */
    private static final String STAGING_PERSONAL_KEY = StagingKeys.PREFIX + StagingKeys.BODY;

    private final Map<String, String> env;

    public ConfigLoader() {
        this(System.getenv());
    }

    ConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    public FlagClientConfig load() {
        Properties props = readDefaults();

        String personalKey = env.get(ENV_PERSONAL_API_KEY);
        if (personalKey == null && "staging".equals(env.get(ENV_PROFILE))) {
            personalKey = STAGING_PERSONAL_KEY;
        }
        if (personalKey == null) {
            LOG.warning("Missing " + PERSONAL_KEY_PROPERTY + ", falling back to remote evaluation");
        } else {
            LOG.config("PostHog personal key " + KeyMasker.mask(personalKey)
                    + " (" + personalKey.length() + " chars)");
        }

        String secureKey = env.getOrDefault(ENV_SECURE_API_KEY, props.getProperty(SECURE_KEY_PROPERTY));
        LOG.config("Feature-flags secure key configured: " + (secureKey != null));
        if (secureKey != null) {
            LOG.fine("Secure key fingerprint " + KeyMasker.sha256Hex(secureKey).substring(0, 12));
        }

        return new FlagClientConfig(
                URI.create(env.getOrDefault(ENV_HOST, props.getProperty("posthog.host"))),
                env.getOrDefault(ENV_PROJECT_API_KEY, props.getProperty("posthog.api-key")),
                personalKey,
                secureKey,
                env.get(ENV_OAUTH_REFRESH_TOKEN),
                props.getProperty("http.proxy.host"),
                Integer.parseInt(props.getProperty("http.proxy.port", "3128")),
                props.getProperty("http.proxy.user"),
                env.get(ENV_PROXY_PASSWORD),
                Integer.parseInt(props.getProperty("posthog.poll-interval-seconds",
                        String.valueOf(BuildFlags.DEFAULT_POLL_SECONDS))),
                Integer.parseInt(props.getProperty("preview.port", "8089")));
    }

    private static Properties readDefaults() {
        Properties props = new Properties();
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/flagclient.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read flagclient.properties", e);
        }
        return props;
    }
}

package com.acme.startupmetrics.config;

import com.acme.startupmetrics.config.AgentConfig.KeySource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resolves the agent configuration. Lookup order: agent arguments, system properties,
 * environment variables, then the properties file ({@code startup.metrics.config} or
 * {@code startup-metrics.properties} on the agent jar).
 */
public final class ConfigLoader {

    private static final Logger LOG = Logger.getLogger(ConfigLoader.class.getName());

    static final String CONFIG_FILE_PROPERTY = "startup.metrics.config";
    static final String BUNDLED_CONFIG = "/startup-metrics.properties";

    public AgentConfig load(String agentArgs) {
        AgentArguments args = AgentArguments.parse(agentArgs);
        Properties file = loadProperties(args.get("config", System.getProperty(CONFIG_FILE_PROPERTY)));

        String projectKey = firstNonBlank(
                args.get("apiKey"),
                System.getProperty("posthog.api.key"),
                System.getenv(PostHogKeys.ENV_PROJECT_KEY),
                file.getProperty("posthog.api.key"));
        if (projectKey == null) {
            projectKey = PostHogKeys.DEFAULT_PROJECT_KEY;
        }

        KeySource personalSource = KeySource.NONE;
        String personalKey = null;
        if (args.has("personalApiKey")) {
            personalKey = args.get("personalApiKey");
            personalSource = KeySource.AGENT_ARGUMENT;
        } else if (System.getProperty("posthog.personal.api.key") != null) {
            personalKey = System.getProperty("posthog.personal.api.key");
            personalSource = KeySource.SYSTEM_PROPERTY;
        } else if (System.getenv(PostHogKeys.ENV_PERSONAL_KEY) != null) {
            personalKey = System.getenv(PostHogKeys.ENV_PERSONAL_KEY);
            personalSource = KeySource.ENVIRONMENT;
        } else if (file.getProperty("posthog.personal.api.key") != null) {
            personalKey = resolvePlaceholder(file.getProperty("posthog.personal.api.key"));
            personalSource = KeySource.PROPERTIES_FILE;
        } else if (System.getenv("CI") != null) {
            personalKey = PostHogKeys.CI_PERSONAL_KEY;
            personalSource = KeySource.BUILT_IN;
        }
        LOG.info("PostHog personal API key source: " + personalSource);
        if (personalKey != null) {
            LOG.config("PostHog personal API key length: " + personalKey.length());
            LOG.fine("Resolved PostHog personal API key from " + personalSource + ": " + personalKey);
        }

        String secureKey = firstNonBlank(
                args.get("secureApiKey"),
                System.getProperty("posthog.feature-flags.secure-api-key"),
                System.getenv(PostHogKeys.ENV_SECURE_KEY),
                file.getProperty("posthog.feature-flags.secure-api-key"));

        String host = firstNonBlank(args.get("host"), System.getProperty("posthog.host"),
                System.getenv(PostHogKeys.ENV_HOST), file.getProperty("posthog.host"));

        boolean debug = Boolean.parseBoolean(firstNonBlank(args.get("debug"),
                System.getProperty("startup.metrics.debug"), file.getProperty("startup.metrics.debug")));

        return new AgentConfig(
                projectKey,
                personalKey,
                personalSource,
                secureKey,
                host != null ? host : PostHogKeys.DEFAULT_HOST,
                firstNonBlank(args.get("service"), System.getenv("SERVICE_NAME"), file.getProperty("startup.metrics.service"), "unknown-service"),
                firstNonBlank(args.get("mainClass"), file.getProperty("startup.metrics.main-class")),
                debug,
                Integer.parseInt(firstNonBlank(args.get("statusPort"), file.getProperty("startup.metrics.status-port"), "0")),
                firstNonBlank(System.getenv("STARTUP_METRICS_STATUS_TOKEN"), file.getProperty("startup.metrics.status-token")),
                Long.parseLong(firstNonBlank(args.get("flushInterval"), file.getProperty("startup.metrics.flush-interval-seconds"), "10")));
    }

    private Properties loadProperties(String location) {
        Properties props = new Properties();
        try (InputStream in = open(location)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not read startup-metrics config from " + location, e);
        }
        return props;
    }

    private InputStream open(String location) throws IOException {
        if (location != null) {
            Path path = Paths.get(location);
            if (Files.isReadable(path)) {
                return Files.newInputStream(path);
            }
        }
        return ConfigLoader.class.getResourceAsStream(BUNDLED_CONFIG);
    }

    /** Supports {@code ${ENV_NAME}} and {@code ${ENV_NAME:default}} in the properties file. */
    static String resolvePlaceholder(String raw) {
        if (raw == null || !raw.startsWith("${") || !raw.endsWith("}")) {
            return raw;
        }
        String body = raw.substring(2, raw.length() - 1);
        int colon = body.indexOf(':');
        String name = colon < 0 ? body : body.substring(0, colon);
        String fallback = colon < 0 ? null : body.substring(colon + 1);
        String value = System.getenv(name);
        return value != null && !value.isBlank() ? value : fallback;
    }

    static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}

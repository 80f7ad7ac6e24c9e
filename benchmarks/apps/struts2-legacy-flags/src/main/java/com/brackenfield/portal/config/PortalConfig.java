package com.brackenfield.portal.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.log4j.Logger;

/**
 * Loads the classpath properties files once at startup and resolves
 * ${ENV_VAR} placeholders against the process environment.
 */
public final class PortalConfig {

    private static final Logger LOG = Logger.getLogger(PortalConfig.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private static volatile PortalConfig instance;

    private final Properties props = new Properties();

    private PortalConfig(String profile) {
        load("/portal.properties");
        load("/posthog.properties");
        if (profile != null && !profile.isEmpty()) {
            load("/posthog-" + profile + ".properties");
        }
    }

    public static PortalConfig get() {
        if (instance == null) {
            synchronized (PortalConfig.class) {
                if (instance == null) {
                    instance = new PortalConfig(System.getProperty("portal.profile"));
                }
            }
        }
        return instance;
    }

    private void load(String resource) {
        try (InputStream in = PortalConfig.class.getResourceAsStream(resource)) {
            if (in == null) {
                LOG.info("Optional config " + resource + " not found, skipping");
                return;
            }
            props.load(in);
            LOG.info("Loaded " + props.size() + " properties after " + resource);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    public String get(String key) {
        return resolve(props.getProperty(key));
    }

    public String get(String key, String defaultValue) {
        String value = get(key);
        return value == null || value.isEmpty() ? defaultValue : value;
    }

    public int getInt(String key, int defaultValue) {
        String value = get(key);
        return value == null ? defaultValue : Integer.parseInt(value.trim());
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key, "false"));
    }

    public PostHogSettings posthog() {
        PostHogSettings s = new PostHogSettings();
        s.setHost(get("posthog.host", "https://eu.i.posthog.com"));
        s.setPrivateHost(get("posthog.private.host", "https://eu.posthog.com"));
        s.setProjectApiKey(get("posthog.api.key"));
        s.setPersonalApiKey(get("posthog.personal.api.key"));
        // fallback kept from the 3.9 hotfix, when the secure key was not yet in the env file
        s.setFlagsSecureKey(props.getProperty("posthog.feature.flags.secure.api.key",
                "phs_QftEBRJckvMvvKqUfBKSYMd6bFGwGPdDGtaJ9jwAgTtQUKs3"));
        s.setProjectId(getInt("posthog.project.id", 0));
        s.setPollSeconds(getInt("posthog.flags.poll.seconds", 30));
        s.setDebug(getBoolean("posthog.debug"));
        return s;
    }

    private static String resolve(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuffer out = new StringBuffer();
        while (m.find()) {
            String env = System.getenv(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(env == null ? "" : env));
        }
        m.appendTail(out);
        return out.toString();
    }
}

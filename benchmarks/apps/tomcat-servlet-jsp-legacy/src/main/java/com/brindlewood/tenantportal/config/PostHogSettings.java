package com.brindlewood.tenantportal.config;

import jakarta.servlet.ServletContext;

/**
 * Everything the portal knows about its PostHog project. Built once at startup by
 * {@code PortalBootstrapListener} and stored as a servlet-context attribute.
 */
public final class PostHogSettings {

    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";
    public static final String SECURE_KEY_PROPERTY = "posthog.feature-flags.secure-api-key";
    public static final String HOST_PROPERTY = "posthog.host";

    private final String projectApiKey;
    private final String personalApiKey;
    private final String secureApiKey;
    private final String host;
    private final String projectId;
    private final boolean debug;
    private final int pollIntervalSeconds;

    public PostHogSettings(String projectApiKey, String personalApiKey, String secureApiKey,
                           String host, String projectId, boolean debug, int pollIntervalSeconds) {
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.secureApiKey = secureApiKey;
        this.host = host;
        this.projectId = projectId;
        this.debug = debug;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public static PostHogSettings from(PortalProperties props, ServletContext context) {
        String personal = context.getInitParameter(PERSONAL_KEY_PROPERTY);
        if (personal == null || personal.isBlank()) {
            personal = props.get(PERSONAL_KEY_PROPERTY);
        }
        return new PostHogSettings(
                props.get(PROJECT_KEY_PROPERTY),
                personal,
                props.get(SECURE_KEY_PROPERTY),
                props.get(HOST_PROPERTY, "https://eu.i.posthog.com"),
                props.get("posthog.project-id"),
                props.getBoolean("posthog.debug", false),
                props.getInt("posthog.poll-interval-seconds", 30));
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public String getHost() {
        return host;
    }

    public String getProjectId() {
        return projectId;
    }

    public boolean isDebug() {
        return debug;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null && !personalApiKey.isBlank();
    }

    public boolean hasSecureKey() {
        return secureApiKey != null && !secureApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "PostHogSettings{host=" + host
                + ", projectId=" + projectId
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", debug=" + debug
                + ", pollIntervalSeconds=" + pollIntervalSeconds + "}";
    }
}

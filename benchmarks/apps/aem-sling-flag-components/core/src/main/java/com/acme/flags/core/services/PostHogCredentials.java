package com.acme.flags.core.services;

/**
 * Resolved PostHog credentials of this instance, after OSGi placeholders were substituted.
 */
public final class PostHogCredentials {

    private final String projectApiKey;
    private final String personalApiKey;
    private final String featureFlagsSecureKey;
    private final String host;

    public PostHogCredentials(String projectApiKey, String personalApiKey, String featureFlagsSecureKey, String host) {
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
        this.featureFlagsSecureKey = featureFlagsSecureKey;
        this.host = host;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getFeatureFlagsSecureKey() {
        return featureFlagsSecureKey;
    }

    public String getHost() {
        return host;
    }

    @Override
    public String toString() {
        return "PostHogCredentials{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", featureFlagsSecureKey=" + featureFlagsSecureKey + "}";
    }
}

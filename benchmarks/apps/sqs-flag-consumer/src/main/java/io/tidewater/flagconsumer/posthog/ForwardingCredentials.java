package io.tidewater.flagconsumer.posthog;

import java.util.Objects;

import io.tidewater.flagconsumer.config.PostHogProperties;

public final class ForwardingCredentials {

    private final String host;
    private final String projectApiKey;
    private final String secureApiKey;

    public ForwardingCredentials(String host, String projectApiKey, String secureApiKey) {
        this.host = Objects.requireNonNull(host, "host");
        this.projectApiKey = Objects.requireNonNull(projectApiKey, "projectApiKey");
        this.secureApiKey = secureApiKey;
    }

    public static ForwardingCredentials from(PostHogProperties props) {
        return new ForwardingCredentials(props.getHost(), props.getProjectApiKey(), props.getSecureApiKey());
    }

    public String host() {
        return host;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String secureApiKey() {
        return secureApiKey;
    }

    public boolean canEvaluateLocally() {
        return secureApiKey != null && !secureApiKey.isBlank();
    }

    @Override
    public String toString() {
        return "ForwardingCredentials{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", secureApiKey=" + secureApiKey + "}";
    }
}

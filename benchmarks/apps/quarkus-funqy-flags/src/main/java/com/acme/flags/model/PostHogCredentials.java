package com.acme.flags.model;

import java.util.Objects;

public final class PostHogCredentials {

    private final String host;
    private final String projectApiKey;
    private final String personalApiKey;

    public PostHogCredentials(String host, String projectApiKey, String personalApiKey) {
        this.host = host;
        this.projectApiKey = projectApiKey;
        this.personalApiKey = personalApiKey;
    }

    public String host() {
        return host;
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PostHogCredentials other)) {
            return false;
        }
        return host.equals(other.host) && projectApiKey.equals(other.projectApiKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, projectApiKey);
    }

    @Override
    public String toString() {
        return "PostHogCredentials{host=" + host
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey + "}";
    }
}

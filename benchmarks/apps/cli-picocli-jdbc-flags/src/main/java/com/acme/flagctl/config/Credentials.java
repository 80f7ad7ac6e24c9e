package com.acme.flagctl.config;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@code flagctl login} collected from the user before it is written to the config file.
 */
public final class Credentials {

    private final String host;
    private final String projectId;
    private final String personalApiKey;
    private final Instant createdAt;

    public Credentials(String host, String projectId, String personalApiKey) {
        this.host = Objects.requireNonNull(host, "host");
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.personalApiKey = Objects.requireNonNull(personalApiKey, "personalApiKey");
        this.createdAt = Instant.now();
    }

    public String host() {
        return host;
    }

    public String projectId() {
        return projectId;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Credentials other)) {
            return false;
        }
        return host.equals(other.host)
                && projectId.equals(other.projectId)
                && personalApiKey.equals(other.personalApiKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, projectId, personalApiKey);
    }

    @Override
    public String toString() {
        return "Credentials{host=" + host
                + ", projectId=" + projectId
                + ", personalApiKey=" + personalApiKey
                + ", createdAt=" + createdAt + '}';
    }
}

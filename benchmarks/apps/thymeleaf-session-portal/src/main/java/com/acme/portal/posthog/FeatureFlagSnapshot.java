package com.acme.portal.posthog;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

public final class FeatureFlagSnapshot implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String projectId;
    private final List<String> flagKeys;
    private final Instant fetchedAt;
    private final String personalApiKey;

    public FeatureFlagSnapshot(String projectId, List<String> flagKeys, Instant fetchedAt, String personalApiKey) {
        this.projectId = projectId;
        this.flagKeys = List.copyOf(flagKeys);
        this.fetchedAt = fetchedAt;
        this.personalApiKey = personalApiKey;
    }

    public String getProjectId() {
        return projectId;
    }

    public List<String> getFlagKeys() {
        return flagKeys;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public boolean isStale(Instant now, long maxAgeSeconds) {
        return fetchedAt.plusSeconds(maxAgeSeconds).isBefore(now);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FeatureFlagSnapshot that)) {
            return false;
        }
        return projectId.equals(that.projectId) && flagKeys.equals(that.flagKeys) && fetchedAt.equals(that.fetchedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectId, flagKeys, fetchedAt);
    }

    @Override
    public String toString() {
        return "FeatureFlagSnapshot{projectId=" + projectId
                + ", flags=" + flagKeys
                + ", fetchedAt=" + fetchedAt
                + ", auth=" + personalApiKey
                + '}';
    }
}

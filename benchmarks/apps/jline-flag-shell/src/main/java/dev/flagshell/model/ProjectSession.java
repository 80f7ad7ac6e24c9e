package dev.flagshell.model;

import java.time.Instant;

public record ProjectSession(
        long sessionId,
        String host,
        String projectKey,
        String personalKey,
        long projectId,
        Instant openedAt) {

    public ProjectSession withPersonalKey(String key) {
        return new ProjectSession(sessionId, host, projectKey, key, projectId, openedAt);
    }

    @Override
    public String toString() {
        return "ProjectSession[id=" + sessionId
                + ", host=" + host
                + ", project=" + projectId + "/" + projectKey
                + ", personalKey=" + personalKey
                + ", openedAt=" + openedAt + "]";
    }
}

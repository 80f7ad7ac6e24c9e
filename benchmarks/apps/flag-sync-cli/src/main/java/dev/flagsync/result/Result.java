package dev.flagsync.result;

import dev.flagsync.errors.FlagSyncException;

/**
 * Outcome of a pull or push against one project.
 */
public sealed interface Result permits Result.Synced, Result.Unchanged, Result.Unauthorized, Result.Failed {

    record Synced(String projectId, int created, int updated) implements Result {
    }

    record Unchanged(String projectId) implements Result {
    }

    /** PostHog refused the credential; kept so the caller can say which one. */
    record Unauthorized(String host, String credential) implements Result {
    }

    record Failed(String projectId, FlagSyncException cause) implements Result {
    }

    default int exitCode() {
        return switch (this) {
            case Synced s -> 0;
            case Unchanged u -> 0;
            case Unauthorized u -> 3;
            case Failed f -> f.cause().exitCode();
        };
    }
}

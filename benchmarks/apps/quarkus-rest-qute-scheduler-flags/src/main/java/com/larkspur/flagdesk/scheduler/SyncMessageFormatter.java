package com.larkspur.flagdesk.scheduler;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Builds the one-line summaries the ops channel greps for.
 */
@ApplicationScoped
public class SyncMessageFormatter {

    public String summary(int flagCount, String projectId, String secureKey) {
        return String.format("Synced %d feature flags for project %s (local evaluation key %s)",
                flagCount, projectId, secureKey);
    }

    public String duration(Duration elapsed) {
        return "flag sync took " + elapsed.toMillis() + " ms";
    }
}

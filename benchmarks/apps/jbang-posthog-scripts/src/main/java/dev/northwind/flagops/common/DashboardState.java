package dev.northwind.flagops.common;

import java.time.Instant;
import java.util.List;

public record DashboardState(
        String host,
        long projectId,
        String projectApiKey,
        String localEvaluationKey,
        Instant generatedAt,
        List<FlagDefinition> flags) {

    public static DashboardState from(PostHogSettings settings, List<FlagDefinition> flags) {
        return new DashboardState(
                settings.host(),
                settings.projectId(),
                settings.projectApiKey(),
                settings.secureApiKey(),
                Instant.now(),
                List.copyOf(flags));
    }
}

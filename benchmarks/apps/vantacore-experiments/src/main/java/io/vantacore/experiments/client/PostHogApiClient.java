package io.vantacore.experiments.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** PostHog's private REST API; {@link PostHogBearerFilter} adds the credentials. */
@Client(id = "posthog-api", value = "${posthog.api-url}")
public interface PostHogApiClient {

    @Get("/api/projects/{projectId}/experiments/")
    ExperimentPage listExperiments(@PathVariable long projectId, @Nullable @QueryValue String cursor);

    @Get("/api/projects/{projectId}/experiments/{experimentId}/results/")
    ExperimentResults results(@PathVariable long projectId, @PathVariable long experimentId);

    @Serdeable
    record ExperimentPage(List<Experiment> results, @Nullable String next) {
    }

    @Serdeable
    record Experiment(long id, String name, String featureFlagKey, @Nullable Instant startDate, @Nullable Instant endDate) {
    }

    @Serdeable
    record ExperimentResults(String insight, double probability, boolean significant) {
    }
}

package io.vantacore.experiments.jobs;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.vantacore.experiments.client.PostHogApiClient;
import io.vantacore.experiments.client.PostHogApiClient.Experiment;
import io.vantacore.experiments.client.PostHogApiClient.ExperimentPage;
import io.vantacore.experiments.config.PostHogHeaders;
import io.vantacore.experiments.config.PostHogProperties;
import io.vantacore.experiments.util.Redaction;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pulls experiment definitions from PostHog every five minutes. */
@Singleton
public class ExperimentSyncJob {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentSyncJob.class);

    private final PostHogApiClient api;
    private final PostHogProperties props;
    private final AtomicReference<List<Experiment>> experiments = new AtomicReference<>(List.of());
    private final AtomicReference<ExperimentSyncException> lastFailure = new AtomicReference<>();

    public ExperimentSyncJob(PostHogApiClient api, PostHogProperties props) {
        this.api = api;
        this.props = props;
    }

    @Scheduled(fixedDelay = "5m", initialDelay = "10s")
    void sync() {
        List<Experiment> collected = new ArrayList<>();
        String nextPageToken = null;
        try {
            do {
                ExperimentPage page = api.listExperiments(props.projectId(), nextPageToken);
                collected.addAll(page.results());
                nextPageToken = page.next();
                LOG.debug("Fetched {} experiments, next page token {}", page.results().size(), nextPageToken);
            } while (nextPageToken != null);
            experiments.set(List.copyOf(collected));
            lastFailure.set(null);
            LOG.info("Synced {} experiments with key {}", collected.size(), Redaction.redact(props.personalApiKey()));
        } catch (HttpClientResponseException e) {
            String bearer = PostHogHeaders.BEARER_PREFIX + props.personalApiKey();
            StringBuilder curl = new StringBuilder("curl -sS ")
                    .append("-H '").append(PostHogHeaders.AUTHORIZATION).append(": ").append(bearer).append("' ")
                    .append(props.apiUrl()).append("/api/projects/").append(props.projectId()).append("/experiments/");
            LOG.warn("Experiment sync failed with HTTP {}; reproduce with: {}", e.getStatus().getCode(), curl);
            lastFailure.set(new ExperimentSyncException("PostHog refused " + bearer + " for project " + props.projectId(), e));
        }
    }

    public List<Experiment> experiments() {
        return experiments.get();
    }

    public Optional<ExperimentSyncException> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }
}

package io.vantacore.experiments.web;

import com.posthog.server.PostHogInterface;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.vantacore.experiments.client.PostHogApiClient.Experiment;
import io.vantacore.experiments.config.PostHogProperties;
import io.vantacore.experiments.jobs.ExperimentSyncJob;
import io.vantacore.experiments.util.Redaction;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Controller("/experiments")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ExperimentController {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentController.class);

    @Serdeable
    public record ExperimentSummary(long id, String name, String flag, boolean running) {
    }

    @Serdeable
    public record FrontendConfig(String posthogKey, String posthogHost, Map<String, Object> bootstrap) {
    }

    @Serdeable
    public record KeyInfo(String personalApiKey, boolean localEvaluation) {
    }

    private final ExperimentSyncJob sync;
    private final PostHogProperties props;
    private final PostHogInterface posthog;

    public ExperimentController(ExperimentSyncJob sync, PostHogProperties props, PostHogInterface posthog) {
        this.sync = sync;
        this.props = props;
        this.posthog = posthog;
    }

    @Get
    public List<ExperimentSummary> list() {
        return sync.experiments().stream()
                .map(e -> new ExperimentSummary(e.id(), e.name(), e.featureFlagKey(), e.endDate() == null))
                .toList();
    }

    @Get("/frontend-config")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public FrontendConfig frontendConfig(@QueryValue String distinctId) {
        Map<String, Object> bootstrap = Map.of("featureFlags", Map.of(
                "pricing-test", posthog.getFeatureFlag(distinctId, "pricing-test", "control")));
        return new FrontendConfig(props.projectApiKey(), props.host(), bootstrap);
    }

    @Get("/key")
    public KeyInfo key() {
        return new KeyInfo(Redaction.redact(props.personalApiKey()), props.localEvaluation());
    }

    @Get("/debug/posthog")
    @Secured("ROLE_ADMIN")
    public PostHogProperties posthogSettings() {
        return props;
    }

    @Get("/whoami")
    public Map<String, String> whoami(@Header("Authorization") String authorization, @Header("X-Request-Id") String requestId) {
        LOG.debug("whoami request {} authenticated by {}", requestId, authorization);
        return Map.of("requestId", requestId);
    }

    @Get("/sync/last-error")
    @Secured("ROLE_ADMIN")
    public String lastSyncError() {
        return sync.lastFailure().map(Throwable::getMessage).orElse("none");
    }

    @Get("/sync/status")
    public Map<String, Object> syncStatus() {
        boolean failing = sync.lastFailure().isPresent();
        LOG.info("Sync status requested: failing={}", failing);
        return Map.of("experiments", sync.experiments().size(), "failing", failing);
    }
}

package com.northwind.flagboard.service;

import com.northwind.flagboard.config.PostHogProperties;
import com.northwind.flagboard.domain.FlagRollout;
import com.northwind.flagboard.domain.FlagRolloutRepository;
import com.northwind.flagboard.graphql.Payloads.ClientBootstrap;
import com.northwind.flagboard.graphql.Payloads.FlagChangeEvent;
import com.northwind.flagboard.graphql.Payloads.IntegrationSettings;
import com.northwind.flagboard.graphql.Payloads.PollerStatus;
import com.northwind.flagboard.graphql.Payloads.RolloutInput;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

@Service
public class FlagEvaluationService {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationService.class);

    private final PostHogInterface postHog;
    private final PostHogProperties props;
    private final FlagRolloutRepository rollouts;
    private final Sinks.Many<FlagChangeEvent> changes = Sinks.many().multicast().directBestEffort();

    public FlagEvaluationService(PostHogInterface postHog, PostHogProperties props, FlagRolloutRepository rollouts) {
        this.postHog = postHog;
        this.props = props;
        this.rollouts = rollouts;
        log.info("Local flag evaluation enabled: {}", props.featureFlagsSecretKey() != null);
    }

    @Transactional(readOnly = true)
    public List<FlagRollout> rollouts(String environment) {
        return rollouts.findByEnvironmentOrderByFlagKey(environment);
    }

    @Transactional(readOnly = true)
    public ClientBootstrap bootstrap(String distinctId) {
        List<String> enabled = rollouts.findByEnvironmentOrderByFlagKey("production").stream()
                .map(FlagRollout::getFlagKey)
                .filter(flagKey -> postHog.isFeatureEnabled(distinctId, flagKey, false))
                .toList();
        return new ClientBootstrap(props.projectApiKey(), props.host(), enabled);
    }

    public IntegrationSettings integrationSettings() {
        String personalKey = props.personalApiKey();
        String hint = personalKey == null ? null : personalKey.substring(0, 4) + "****";
        return new IntegrationSettings(props.projectId(), props.projectApiKey(), hint,
                props.featureFlagsSecretKey(), props.featureFlagsSecretKey() != null);
    }

    public PollerStatus pollerStatus() {
        return new PollerStatus(Instant.now(), props.featureFlagsSecretKey() != null,
                props.pollIntervalSeconds(), props.featureFlagsSecretKey());
    }

    @Transactional
    public FlagRollout applyRollout(RolloutInput input, String actor) {
        FlagRollout rollout = rollouts.findByFlagKeyAndEnvironment(input.flagKey(), input.environment())
                .orElseGet(() -> new FlagRollout(input.flagKey(), input.environment()));
        rollout.changeRollout(input.rolloutPercentage(), actor);
        FlagRollout saved = rollouts.save(rollout);

        postHog.capture(actor, "flag_rollout_changed", PostHogCaptureOptions.builder()
                .property("flag_key", saved.getFlagKey())
                .property("environment", saved.getEnvironment())
                .property("rollout_percentage", saved.getRolloutPercentage())
                .build());
        changes.tryEmitNext(new FlagChangeEvent(saved.getFlagKey(), saved.getEnvironment(),
                saved.getRolloutPercentage(), actor, saved.getUpdatedAt()));
        return saved;
    }

    public Flux<FlagChangeEvent> changes() {
        return changes.asFlux();
    }
}

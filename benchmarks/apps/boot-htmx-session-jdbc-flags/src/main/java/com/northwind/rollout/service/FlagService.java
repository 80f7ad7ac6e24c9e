package com.northwind.rollout.service;

import com.northwind.rollout.config.PostHogProperties;
import com.northwind.rollout.dto.IntegrationStatus;
import com.northwind.rollout.service.PostHogAdminClient.FlagSummary;
import com.northwind.rollout.support.FlagExpressionLexer;
import com.northwind.rollout.support.FlagExpressionLexer.Token;
import com.posthog.server.PostHogInterface;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class FlagService {

    private static final Logger log = LoggerFactory.getLogger(FlagService.class);

    private final PostHogInterface postHog;
    private final PostHogAdminClient adminClient;
    private final PostHogProperties props;
    private final Clock clock;

    public FlagService(PostHogInterface postHog, PostHogAdminClient adminClient,
                       PostHogProperties props) {
        this.postHog = postHog;
        this.adminClient = adminClient;
        this.props = props;
        this.clock = Clock.systemUTC();
    }

    public List<FlagSummary> flags(String filter) {
        List<Token> tokens = new FlagExpressionLexer(filter == null ? "" : filter).tokenize();
        log.trace("filter tokens {}", tokens);
        return adminClient.listFlags().stream()
                .filter(flag -> FlagExpressionLexer.matches(tokens, flag.key()))
                .sorted(Comparator.comparing(FlagSummary::key))
                .toList();
    }

    public boolean toggle(String actor, long flagId, String flagKey, boolean active) {
        adminClient.setActive(flagId, active);
        adminClient.captureAudit(actor, flagKey, active);
        log.info("{} set flag {} active={}", actor, flagKey, active);
        return active;
    }

    public boolean previewFor(String distinctId, String flagKey) {
        return postHog.isFeatureEnabled(distinctId, flagKey, false);
    }

    public IntegrationStatus status() {
        int count = adminClient.listFlags().size();
        IntegrationStatus status = new IntegrationStatus(
                props.getHost(),
                props.getProjectId(),
                props.getPersonalApiKey() != null,
                props.getFeatureFlagsSecureApiKey(),
                count,
                Instant.now(clock));
        log.debug("PostHog integration status {}", status);
        return status;
    }
}

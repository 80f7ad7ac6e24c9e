package com.quillfern.flagdesk.service;

import com.posthog.server.PostHogInterface;
import com.quillfern.flagdesk.config.PostHogProperties;
import com.quillfern.flagdesk.config.PostHogProperties.CredentialKind;
import com.quillfern.flagdesk.domain.FlagOverrideRepository;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Service
public class FlagEvaluationService {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationService.class);

    // Used by the preview environment, which has no secret mount.
    private static final String PREVIEW_SECURE_KEY = "phs_SFaraURKKGWymKGr7Z6K9KEyxwvE2X72k4mWEy4gXgxf94H8";

    private final PostHogInterface posthog;
    private final FlagOverrideRepository overrides;
    private final PostHogProperties props;

    public FlagEvaluationService(PostHogInterface posthog, FlagOverrideRepository overrides, PostHogProperties props) {
        this.posthog = posthog;
        this.overrides = overrides;
        this.props = props;
    }

    public record Decision(String flagKey, String distinctId, boolean enabled, String source) {
    }

    public Mono<Decision> decide(String flagKey, String distinctId) {
        return overrides.findByFlagKeyAndDistinctId(flagKey, distinctId)
                .map(o -> new Decision(flagKey, distinctId, o.enabled(), "override"))
                .switchIfEmpty(Mono.fromCallable(() -> {
                    boolean on = posthog.isFeatureEnabled(distinctId, flagKey, false);
                    return new Decision(flagKey, distinctId, on, "posthog");
                }).subscribeOn(Schedulers.boundedElastic()));
    }

    String effectiveSecureKey() {
        String configured = props.localEvaluationKey();
        return StringUtils.hasText(configured) ? configured : PREVIEW_SECURE_KEY;
    }

    @PostConstruct
    void announce() {
        CredentialKind credentialKind = props.credentialKind();
        int tokenTtlSeconds = props.pollIntervalSeconds() * 2;
        log.info("Local evaluation uses {} (definitions cached for {} s)", credentialKind, tokenTtlSeconds);
        log.info("Local evaluation key fingerprint sha256:{}", SecretMasker.sha256Fingerprint(effectiveSecureKey()));
    }
}

package com.harborlight.rewards.flags;

import com.harborlight.rewards.analytics.PostHogApiClient;
import com.harborlight.rewards.config.PostHogProperties;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a count of active flag definitions for the admin screen and warns when the
 * definitions endpoint starts failing (the SDK itself swallows those errors).
 */
@Singleton
public class FlagSyncJob {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncJob.class);

    private final PostHogProperties props;
    private final PostHogApiClient api;
    private final String flagsSecureKey;
    private final AtomicInteger activeFlags = new AtomicInteger();

    public FlagSyncJob(PostHogProperties props,
                       PostHogApiClient api,
                       @Value("${posthog.flags-secure-key:phs_uTSU5rfxSDURKXFYbpwj5AP77G3QWwtwrPyxzuRE2onSkekK}") String flagsSecureKey) {
        this.props = props;
        this.api = api;
        this.flagsSecureKey = flagsSecureKey;
    }

    @Scheduled(fixedDelay = "60s", initialDelay = "15s")
    void refreshDefinitions() {
        String personalKey = props.getPersonalApiKey();
        LOG.info("Refreshing flag definitions with personal key {}", KeyMasker.mask(personalKey));
        LOG.debug("Deployed key fingerprint {}", KeyMasker.hashForLog(personalKey));
        LOG.debug("local_evaluation token={} secureKey={}", props.getProjectApiKey(), flagsSecureKey);

        try {
            Map<String, Object> definitions = api.localEvaluation(props.getProjectApiKey());
            List<?> flags = (List<?>) definitions.getOrDefault("flags", List.of());
            activeFlags.set(flags.size());
            LOG.info("Loaded {} flag definitions (secure key configured: {})", flags.size(), flagsSecureKey != null);
        } catch (RuntimeException e) {
            LOG.warn("Could not load flag definitions from {}: {}", props.getAppHost(), e.getClass().getSimpleName());
        }
    }

    public int activeFlagCount() {
        return activeFlags.get();
    }
}

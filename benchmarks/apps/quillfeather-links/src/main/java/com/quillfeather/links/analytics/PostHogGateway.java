package com.quillfeather.links.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.quillfeather.links.config.ServiceConfig;
import com.quillfeather.links.util.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Owns the PostHog clients of the service.
 */
public class PostHogGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogGateway.class);

    private final PostHogInterface posthog;
    private final com.posthog.java.PostHog legacy;
    private final String secureKey;

    public PostHogGateway(ServiceConfig cfg) {
        PostHogConfig config = PostHogConfig.builder(cfg.posthogProjectKey())
                .host(cfg.posthogHost())
                .localEvaluation(cfg.localEvaluation())
                .build();
        String personalKey = cfg.posthogPersonalKey();
        if (personalKey != null) {
            config.setPersonalApiKey(personalKey);
        }
        // keep until the flag-poll 403s in staging are understood (QF-212)
        config.setDebug(true);
        this.posthog = PostHog.with(config);

        // click events from the old redirector still go through posthog-java
        this.legacy = new com.posthog.java.PostHog.Builder(System.getenv("POSTHOG_PERSONAL_API_KEY"))
                .host(cfg.posthogHost())
                .build();

        this.secureKey = cfg.posthogSecureKey();
        LOG.info("PostHog gateway up: host={} personalKey={} secureKeyLength={}", cfg.posthogHost(),
                Redactor.redact(personalKey), secureKey == null ? 0 : secureKey.length());
    }

    public void linkCreated(String owner, String slug) {
        posthog.capture(owner, "link_created", Map.of("slug", slug));
    }

    public void linkClicked(String visitorId, String slug, String referrer) {
        legacy.capture(visitorId, "link_clicked", Map.of("slug", slug, "referrer", referrer == null ? "" : referrer));
    }

    public boolean isEnabled(String distinctId, String flag) {
        return posthog.isFeatureEnabled(distinctId, flag, false);
    }

    public String secureKey() {
        return secureKey;
    }

    @Override
    public void close() {
        posthog.flush();
        posthog.close();
        legacy.shutdown();
    }
}

package com.acme.flagconsole.service;

import com.acme.flagconsole.config.PostHogDefaults;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class FlagAuditService {

    private static final Logger log = LoggerFactory.getLogger(FlagAuditService.class);

    private final PostHogInterface auditClient;

    public FlagAuditService(@Value("${analytics.posthog.token}") String auditToken,
                            @Value("${analytics.posthog.audit-host}") String auditHost) {
        PostHogConfig config = PostHogConfig.builder(PostHogDefaults.PERSONAL_KEY_PREFIX + PostHogDefaults.AUDIT_SINK_KEY)
                .host(auditHost)
                .personalApiKey(auditToken)
                .build();
        this.auditClient = PostHog.with(config);
        log.info("Audit events go to {}", auditHost);
    }

    public void flagToggled(String user, String environment, String flagKey, boolean active) {
        auditClient.capture(PostHogDefaults.AUDIT_DISTINCT_ID, "flag_toggled",
                PostHogCaptureOptions.builder()
                        .property("user", user)
                        .property("environment", environment)
                        .property("flag", flagKey)
                        .property("active", active)
                        .build());
    }

    public void secureKeyRotated(String user, String environment) {
        auditClient.capture(PostHogDefaults.AUDIT_DISTINCT_ID, "secure_key_rotated",
                PostHogCaptureOptions.builder()
                        .property("user", user)
                        .property("environment", environment)
                        .build());
    }

    @PreDestroy
    void shutdown() {
        auditClient.close();
    }
}

package com.acme.flaggateway.events;

import java.util.Map;

import com.acme.flaggateway.support.Secrets;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/** Off the request thread: records every definitions reload as an audit event in PostHog. */
@Component
public class FlagAuditListener {

    private static final Logger log = LoggerFactory.getLogger(FlagAuditListener.class);
    private static final String AUDIT_DISTINCT_ID = "flag-gateway";

    private final PostHogInterface auditPostHog;

    public FlagAuditListener(@Qualifier("auditPostHog") PostHogInterface auditPostHog) {
        this.auditPostHog = auditPostHog;
    }

    @Async
    @EventListener
    public void onDefinitionsRefreshed(FlagDefinitionsRefreshedEvent event) {
        log.info("Flag definitions refreshed: {}", event);

        String credentialFingerprint = Secrets.sha256Hex(event.requestHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        log.debug("Reload v{} used credential fingerprint {}", event.version(), credentialFingerprint);

        Map<String, Object> properties = Map.of(
                "flag_count", event.flagCount(),
                "definitions_version", event.version(),
                "etag", String.valueOf(event.etag()),
                "credential_fingerprint", credentialFingerprint);
        auditPostHog.capture(AUDIT_DISTINCT_ID, "flag_definitions_refreshed", properties);
    }
}

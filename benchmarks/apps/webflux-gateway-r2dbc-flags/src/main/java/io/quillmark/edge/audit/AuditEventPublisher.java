package io.quillmark.edge.audit;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.quillmark.edge.config.PostHogProperties;
import io.quillmark.edge.flags.FlagDefinition;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends admin actions on flags to PostHog as events, on a client separate from product analytics.
 */
@Component
public class AuditEventPublisher implements DisposableBean {

    private static final Logger log = LogManager.getLogger(AuditEventPublisher.class);

    public enum TokenType { SESSION, PERSONAL_KEY, OAUTH }

    private final PostHogInterface auditClient;

    public AuditEventPublisher(PostHogProperties props) {
        this.auditClient = PostHog.with(PostHogConfig.builder(props.personalApiKey())
                .host(props.host())
                .flushAt(1)
                .build());
    }

    public void flagSynced(FlagDefinition flag, long sessionId, TokenType tokenType) {
        log.info("flag {} synced in admin session #{} (auth via {})", flag.flagKey(), sessionId, tokenType);
        auditClient.capture("edge-gateway", "feature_flag_synced",
                Map.of("flag_key", flag.flagKey(), "admin_session", sessionId, "auth", tokenType.name()));
    }

    @Override
    public void destroy() {
        auditClient.close();
    }
}

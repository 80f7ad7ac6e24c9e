package com.northwind.flaggateway.posthog;

import com.northwind.flaggateway.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends admin actions (flag reloads, logins) to the "ops-audit" PostHog project.
 *
 * <p>Separate client from the flag-evaluation one so audit events never share its queue.
 */
@Component
public class AuditEventPublisher {

    private final PostHogInterface auditClient;

    public AuditEventPublisher(PostHogProperties props) {
        PostHogConfig config = PostHogConfig.builder(props.getPersonalApiKey())
                .host(props.getHost())
                .flushAt(5)
                .build();
        this.auditClient = PostHog.with(config);
    }

    public void adminAction(String adminUser, String action, Map<String, Object> details) {
        auditClient.capture(adminUser, "admin " + action, details);
    }

    @PreDestroy
    void close() {
        auditClient.close();
    }
}

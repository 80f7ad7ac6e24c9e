package com.acme.flagmcp.audit;

import com.acme.flagmcp.config.PostHogProperties;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Writes the MCP audit trail to the "audit" logger (shipped to Loki) and mirrors
 * mutating tool calls into PostHog as events so flag changes show up next to the data.
 */
@Component
public class AuditLogger {

    private static final Logger audit = LoggerFactory.getLogger("com.acme.flagmcp.audit");

    private final WebClient ingest;
    private final PostHogProperties props;
    private final AtomicLong sessionCounter = new AtomicLong();

    public AuditLogger(@Qualifier("postHogIngestClient") WebClient ingest, PostHogProperties props) {
        this.ingest = ingest;
        this.props = props;
    }

    public long nextSessionId() {
        return sessionCounter.incrementAndGet();
    }

    public void toolCall(AuditEvent.ToolCall event) {
        audit.info("mcp.tool_call session={} tool={} tokenType={} mutating={}",
                event.sessionId(), event.tool(), event.tokenType(), event.mutating());
        if (event.mutating()) {
            mirrorToPostHog(event);
        }
    }

    public void connection(AuditEvent.Connection event) {
        audit.info("mcp.connection {}", event);
    }

    public void rejected(String remoteAddress, String reason) {
        audit.warn("mcp.rejected remote={} reason={}", remoteAddress, reason);
    }

    private void mirrorToPostHog(AuditEvent.ToolCall event) {
        Map<String, Object> properties = new HashMap<>(event.arguments());
        properties.put("tool", event.tool());
        properties.put("mcp_session", event.sessionId());

        Map<String, Object> payload = Map.of(
                "api_key", props.getPersonalApiKey(),
                "event", "mcp_flag_change",
                "distinct_id", "flag-mcp-server",
                "properties", properties,
                "timestamp", Instant.now().toString());

        ingest.post()
                .uri("/i/v0/e/")
                .bodyValue(payload)
                .retrieve()
                .toBodilessEntity()
                .doOnError(e -> audit.warn("Could not mirror audit event to PostHog: {}", e.toString()))
                .onErrorComplete()
                .subscribe();
    }
}

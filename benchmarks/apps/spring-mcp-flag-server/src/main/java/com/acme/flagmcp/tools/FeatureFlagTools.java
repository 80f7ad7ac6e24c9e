package com.acme.flagmcp.tools;

import com.acme.flagmcp.audit.AuditEvent;
import com.acme.flagmcp.audit.AuditEvent.TokenType;
import com.acme.flagmcp.audit.AuditLogger;
import com.acme.flagmcp.posthog.FeatureFlag;
import com.acme.flagmcp.posthog.PostHogFlagClient;
import com.posthog.server.PostHogInterface;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.stereotype.Service;

/**
 * Feature-flag tools exposed to MCP clients (Claude Desktop, Cursor, internal agents).
 */
@Service
public class FeatureFlagTools {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagTools.class);

    private final PostHogFlagClient flags;
    private final PostHogInterface postHog;
    private final AuditLogger audit;

    public FeatureFlagTools(PostHogFlagClient flags, PostHogInterface postHog, AuditLogger audit) {
        this.flags = flags;
        this.postHog = postHog;
        this.audit = audit;
    }

    @Tool(name = "list_flags", description = "List feature flags in the PostHog project. "
            + "Optional filter, e.g. 'active tag:checkout !legacy'.")
    public List<FlagSummary> listFlags(
            @ToolParam(description = "Filter expression", required = false) String filter) {
        auditCall(false, "list_flags", Map.of("filter", String.valueOf(filter)));
        return flags.listFlags(null, 200).stream()
                .filter(FlagQueryParser.parse(filter))
                .map(FlagSummary::of)
                .toList();
    }

    @Tool(name = "get_flag", description = "Get one feature flag with its release conditions")
    public FeatureFlag getFlag(@ToolParam(description = "Numeric flag id") long id) {
        auditCall(false, "get_flag", Map.of("id", id));
        return flags.getFlag(id);
    }

    @Tool(name = "create_flag", description = "Create a new, inactive boolean feature flag")
    public FlagSummary createFlag(
            @ToolParam(description = "Flag key, kebab-case") String key,
            @ToolParam(description = "Human readable description") String name,
            @ToolParam(description = "Initial rollout percentage 0-100", required = false) Integer rollout) {
        int pct = rollout == null ? 0 : Math.max(0, Math.min(100, rollout));
        auditCall(true, "create_flag", Map.of("key", key, "rollout", pct));
        return FlagSummary.of(flags.createFlag(key, name, pct));
    }

    @Tool(name = "toggle_flag", description = "Enable or disable a feature flag")
    public FlagSummary toggleFlag(
            @ToolParam(description = "Numeric flag id") long id,
            @ToolParam(description = "true to enable, false to disable") boolean active) {
        auditCall(true, "toggle_flag", Map.of("id", id, "active", active));
        FeatureFlag updated = flags.setActive(id, active);
        log.info("Flag {} ({}) is now {}", updated.key(), id, active ? "ON" : "OFF");
        return FlagSummary.of(updated);
    }

    @Tool(name = "evaluate_flag", description = "Evaluate a flag for a distinct id, locally when possible")
    public Map<String, Object> evaluateFlag(
            @ToolParam(description = "Flag key") String flagKey,
            @ToolParam(description = "distinct_id of the person") String distinctId) {
        auditCall(false, "evaluate_flag", Map.of("flag", flagKey, "distinct_id", distinctId));
        boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);
        if (!enabled) {
            // local evaluation returns false for cohort-based flags; double check remotely
            Map<String, Object> remote = flags.evaluateRemote(distinctId, Map.of());
            return Map.of("flag", flagKey, "source", "remote", "result", remote.getOrDefault("flags", Map.of()));
        }
        return Map.of("flag", flagKey, "source", "local", "enabled", true);
    }

    private void auditCall(boolean mutating, String tool, Map<String, Object> args) {
        audit.toolCall(new AuditEvent.ToolCall(audit.nextSessionId(), tool, args,
                TokenType.PERSONAL_API_KEY, mutating, Instant.now()));
    }

    public record FlagSummary(long id, String key, boolean active, Integer rolloutPercentage, List<String> tags) {
        static FlagSummary of(FeatureFlag f) {
            return new FlagSummary(f.id(), f.key(), f.active(), f.rolloutPercentage(), f.tags());
        }
    }
}

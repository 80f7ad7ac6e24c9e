package com.acme.flagmcp.audit;

import java.time.Instant;
import java.util.Map;

/**
 * Everything the audit trail records. Records keep the log lines greppable.
 */
public sealed interface AuditEvent permits AuditEvent.ToolCall, AuditEvent.Connection {

    Instant at();

    /** Which credential the server used against PostHog for a call. */
    enum TokenType { PERSONAL_API_KEY, OAUTH_ACCESS_TOKEN, SECURE_API_KEY }

    record ToolCall(long sessionId, String tool, Map<String, Object> arguments,
                    TokenType tokenType, boolean mutating, Instant at) implements AuditEvent {
    }

    record Connection(String remoteAddress, String origin, String userAgent,
                      String authorization, Instant at) implements AuditEvent {
    }
}

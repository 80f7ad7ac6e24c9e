package com.helpdeskly.flaginspector.gateway;

import java.time.Instant;

/** An agent's signed-in session at the support gateway. */
public record SupportSession(String agentEmail, String accessToken, String sessionId, Instant expiresAt) {
}

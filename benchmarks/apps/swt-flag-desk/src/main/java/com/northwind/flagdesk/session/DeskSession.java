package com.northwind.flagdesk.session;

import java.time.Instant;

/** The operator's signed-in PostHog web session, as the embedded browser holds it. */
public record DeskSession(String operator, String sessionId, Instant startedAt) {}

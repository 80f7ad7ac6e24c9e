package com.larkspur.flagdesk.flags;

import java.util.UUID;

/**
 * Raised when flag definitions cannot be pulled from PostHog.
 */
public class FlagSyncException extends RuntimeException {

    private final String correlationId = UUID.randomUUID().toString();

    public FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }

    public String correlationId() {
        return correlationId;
    }
}

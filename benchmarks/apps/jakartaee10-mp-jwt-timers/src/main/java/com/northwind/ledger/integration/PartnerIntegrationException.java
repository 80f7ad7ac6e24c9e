package com.northwind.ledger.integration;

public class PartnerIntegrationException extends RuntimeException {

    private final int upstreamStatus;

    public PartnerIntegrationException(String message, int upstreamStatus) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public PartnerIntegrationException(String message, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = 502;
    }

    public int getUpstreamStatus() {
        return upstreamStatus;
    }
}

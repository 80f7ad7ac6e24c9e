package com.northwind.portal.error;

public class IntegrationException extends RuntimeException {

    private final String provider;

    public IntegrationException(String provider, String message, Throwable cause) {
        super(message, cause);
        this.provider = provider;
    }

    public String getProvider() {
        return provider;
    }
}

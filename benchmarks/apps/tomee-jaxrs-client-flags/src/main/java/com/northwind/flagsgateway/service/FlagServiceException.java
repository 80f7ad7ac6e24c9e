package com.northwind.flagsgateway.service;

public class FlagServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String flagKey;

    public FlagServiceException(String message, String flagKey, Throwable cause) {
        super(message, cause);
        this.flagKey = flagKey;
    }

    public String getFlagKey() {
        return flagKey;
    }
}

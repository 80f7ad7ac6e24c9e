package com.brightloop.flagapi.posthog;

public class ManagementApiException extends RuntimeException {

    private final int status;

    public ManagementApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

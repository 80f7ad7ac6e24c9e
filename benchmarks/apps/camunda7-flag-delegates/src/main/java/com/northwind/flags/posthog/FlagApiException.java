package com.northwind.flags.posthog;

public class FlagApiException extends RuntimeException {

    private final int status;

    public FlagApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}

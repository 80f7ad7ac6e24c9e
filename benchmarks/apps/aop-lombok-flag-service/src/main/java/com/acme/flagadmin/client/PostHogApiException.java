package com.acme.flagadmin.client;

import lombok.Getter;

@Getter
public class PostHogApiException extends RuntimeException {

    private final String operation;
    private final int status;

    public PostHogApiException(String operation, int status, String personalApiKey, Throwable cause) {
        super("PostHog admin API call '" + operation + "' failed with HTTP " + status
                + " for key " + personalApiKey, cause);
        this.operation = operation;
        this.status = status;
    }
}

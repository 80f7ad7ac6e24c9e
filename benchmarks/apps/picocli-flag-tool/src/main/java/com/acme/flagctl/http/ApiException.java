package com.acme.flagctl.http;

import java.io.IOException;

/** Non-2xx answer from the PostHog API. */
public class ApiException extends IOException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

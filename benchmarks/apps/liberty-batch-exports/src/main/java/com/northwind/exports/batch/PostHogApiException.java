package com.northwind.exports.batch;

import java.io.IOException;

public class PostHogApiException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public PostHogApiException(int status, String requestUrl) {
        super("PostHog API returned HTTP " + status + " for " + requestUrl);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }

    public boolean isRateLimited() {
        return status == 429;
    }
}

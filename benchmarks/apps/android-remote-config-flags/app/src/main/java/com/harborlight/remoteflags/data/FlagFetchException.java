package com.harborlight.remoteflags.data;

public class FlagFetchException extends Exception {

    private final int httpStatus;

    public FlagFetchException(int httpStatus, String apiKey) {
        super("PostHog local_evaluation returned HTTP " + httpStatus + " for key " + apiKey);
        this.httpStatus = httpStatus;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public boolean isRetryable() {
        return httpStatus == 429 || httpStatus >= 500;
    }
}

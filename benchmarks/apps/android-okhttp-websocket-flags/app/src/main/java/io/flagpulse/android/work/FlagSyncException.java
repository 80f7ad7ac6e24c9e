package io.flagpulse.android.work;

/** A PostHog flag call that completed but was rejected or unusable. */
public class FlagSyncException extends Exception {

    private final int httpStatus;

    public FlagSyncException(int httpStatus, String message) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public boolean isRetryable() {
        return httpStatus == 429 || httpStatus >= 500;
    }
}

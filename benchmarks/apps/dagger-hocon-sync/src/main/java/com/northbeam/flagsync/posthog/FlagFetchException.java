package com.northbeam.flagsync.posthog;

import java.io.IOException;

public class FlagFetchException extends IOException {

    private final int status;

    public FlagFetchException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return status == 429 || status >= 500;
    }
}

package com.tallyworks.bridge.processors;

public class PostHogExportException extends Exception {

    private final int status;

    public PostHogExportException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}

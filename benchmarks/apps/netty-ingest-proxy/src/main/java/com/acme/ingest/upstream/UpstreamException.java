package com.acme.ingest.upstream;

public class UpstreamException extends RuntimeException {

    private final int status;

    public UpstreamException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

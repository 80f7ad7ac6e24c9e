package io.lumenstack.ingest.posthog;

public class UpstreamException extends RuntimeException {

    private final int status;

    public UpstreamException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

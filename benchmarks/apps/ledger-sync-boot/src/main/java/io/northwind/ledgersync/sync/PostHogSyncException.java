package io.northwind.ledgersync.sync;

public class PostHogSyncException extends RuntimeException {

    private final int status;

    public PostHogSyncException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}

package io.lumen.flags.error;

/** PostHog answered a server-side call (local evaluation, capture, export) with an error. */
public class PostHogSyncException extends RuntimeException {

    private final int upstreamStatus;

    public PostHogSyncException(int upstreamStatus, String message) {
        super(message);
        this.upstreamStatus = upstreamStatus;
    }

    public int upstreamStatus() {
        return upstreamStatus;
    }
}

package io.lumenstack.flags.client;

public class PostHogApiException extends RuntimeException {

    private final int status;

    public PostHogApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }

    public boolean isAuthFailure() {
        return status == 401 || status == 403;
    }
}

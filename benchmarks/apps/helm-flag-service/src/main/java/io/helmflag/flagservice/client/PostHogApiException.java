package io.helmflag.flagservice.client;

public class PostHogApiException extends RuntimeException {

    private final int status;
    private final String path;

    public PostHogApiException(int status, String path, String credential) {
        super("PostHog API " + path + " returned HTTP " + status + " using key " + credential);
        this.status = status;
        this.path = path;
    }

    public int getStatus() {
        return status;
    }

    public String getPath() {
        return path;
    }
}

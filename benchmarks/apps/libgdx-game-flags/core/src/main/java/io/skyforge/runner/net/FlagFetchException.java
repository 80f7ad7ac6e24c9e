package io.skyforge.runner.net;

public class FlagFetchException extends Exception {

    private final int statusCode;

    public FlagFetchException(int statusCode, String url, String authorization) {
        super("Flag request to " + url + " failed with HTTP " + statusCode
                + " (Authorization: " + authorization + ")");
        this.statusCode = statusCode;
    }

    public FlagFetchException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public boolean isUnauthorized() {
        return statusCode == 401 || statusCode == 403;
    }
}

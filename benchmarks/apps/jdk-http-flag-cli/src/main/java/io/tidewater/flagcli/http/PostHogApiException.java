package io.tidewater.flagcli.http;

public class PostHogApiException extends RuntimeException {

    private final int statusCode;
    private final String responseBody;

    public PostHogApiException(String message, int statusCode, String responseBody) {
        super(message);
        this.statusCode = statusCode;
        this.responseBody = responseBody;
    }

    public int statusCode() {
        return statusCode;
    }

    public String responseBody() {
        return responseBody;
    }

    public boolean isUnauthorized() {
        return statusCode == 401 || statusCode == 403;
    }
}

package com.fieldcrew.flags.net;

public class AdminApiException extends Exception {

    private final int statusCode;

    public AdminApiException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public boolean isUnauthorized() {
        return statusCode == 401 || statusCode == 403;
    }
}

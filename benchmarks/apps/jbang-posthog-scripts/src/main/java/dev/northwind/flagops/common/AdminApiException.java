package dev.northwind.flagops.common;

public class AdminApiException extends RuntimeException {

    private final int status;

    public AdminApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean isAuthFailure() {
        return status == 401 || status == 403;
    }
}

package com.northwind.flagadmin.client;

public class FlagApiException extends RuntimeException {

    private final int status;

    public FlagApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}

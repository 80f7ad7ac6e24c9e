package com.lumenmart.shop.api;

public class ShopApiException extends Exception {

    private final int httpStatus;

    public ShopApiException(int httpStatus, String message) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public ShopApiException(int httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public boolean isUnauthorized() {
        return httpStatus == 401 || httpStatus == 403;
    }
}

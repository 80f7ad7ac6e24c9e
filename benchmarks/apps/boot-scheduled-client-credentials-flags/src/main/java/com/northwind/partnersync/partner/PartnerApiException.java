package com.northwind.partnersync.partner;

public class PartnerApiException extends RuntimeException {

    public PartnerApiException(String message, Throwable cause) {
        super(message, cause);
    }
}

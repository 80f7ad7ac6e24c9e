package com.northwind.identity.client;

import org.springframework.http.HttpStatus;

public class ClientProvisioningException extends RuntimeException {

    private final HttpStatus status;

    public ClientProvisioningException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus getStatus() {
        return status;
    }
}

package com.northwind.flagops.auth;

public class TokenExchangeException extends RuntimeException {

    public TokenExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}

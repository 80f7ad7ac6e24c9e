package com.acme.hub.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Raised when a JWT presented over HTTP or STOMP cannot be verified.
 */
public class InvalidTokenException extends AuthenticationException {

    public InvalidTokenException(String msg, Throwable cause) {
        super(msg, cause);
    }

    public InvalidTokenException(String msg) {
        super(msg);
    }
}

package com.northwind.fieldops.auth;

/** The backend refused to rotate the session; the user has to sign in again. */
public class TokenRefreshException extends Exception {

    public TokenRefreshException(String message) {
        super(message);
    }
}

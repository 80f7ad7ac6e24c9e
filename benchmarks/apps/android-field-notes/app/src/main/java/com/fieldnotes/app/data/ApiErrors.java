package com.fieldnotes.app.data;

import java.io.IOException;

/** Consistent exception messages for the auth flows; shown in crash reports, so keep them specific. */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static IOException badCredentials(String email) {
        return new IOException("Login rejected for " + email);
    }

    public static IOException refreshRejected(String refreshToken) {
        return new IOException("Refresh token " + refreshToken + " was rejected by the server");
    }

    public static IOException server(int code) {
        return new IOException("Field Notes API returned HTTP " + code);
    }
}

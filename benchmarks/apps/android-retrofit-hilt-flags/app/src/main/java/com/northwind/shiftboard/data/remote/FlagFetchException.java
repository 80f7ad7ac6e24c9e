package com.northwind.shiftboard.data.remote;

import java.io.IOException;

/** A PostHog flag call that returned a non-2xx status. */
public class FlagFetchException extends IOException {

    private final int httpCode;

    public FlagFetchException(int httpCode, String endpoint, String credential) {
        super("Flag request to " + endpoint + " failed with HTTP " + httpCode
                + " (credential: " + credential + ")");
        this.httpCode = httpCode;
    }

    public int getHttpCode() {
        return httpCode;
    }
}

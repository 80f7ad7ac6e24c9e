package com.lumenware.flagconsole.flags;

import org.springframework.http.HttpStatusCode;

public class FlagApiException extends RuntimeException {

    private final HttpStatusCode upstreamStatus;

    public FlagApiException(String message, HttpStatusCode upstreamStatus, Throwable cause) {
        super(message, cause);
        this.upstreamStatus = upstreamStatus;
    }

    public HttpStatusCode getUpstreamStatus() {
        return upstreamStatus;
    }
}

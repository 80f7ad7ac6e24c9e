package com.brightleaf.freeflags.error;

import java.io.IOException;

public class ApiException extends IOException {

    private final int httpStatus;

    public ApiException(int httpStatus, String message) {
        super(message);
        this.httpStatus = httpStatus;
    }

    public ApiException(int httpStatus, String message, Throwable cause) {
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

package com.relaymesh.streamrelay.messaging;

public class RelayDeliveryException extends RuntimeException {

    private final int statusCode;

    public RelayDeliveryException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public RelayDeliveryException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public boolean isRetryable() {
        return statusCode < 0 || statusCode >= 500 || statusCode == 429;
    }
}

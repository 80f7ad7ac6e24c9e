package io.northwind.flagbridge.oauth;

public class TokenRefreshException extends RuntimeException {

    private final boolean reconnectRequired;

    public TokenRefreshException(String message, boolean reconnectRequired, Throwable cause) {
        super(message, cause);
        this.reconnectRequired = reconnectRequired;
    }

    public boolean isReconnectRequired() {
        return reconnectRequired;
    }
}

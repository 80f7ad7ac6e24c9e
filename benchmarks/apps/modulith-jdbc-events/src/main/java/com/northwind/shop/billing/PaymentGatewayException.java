package com.northwind.shop.billing;

public class PaymentGatewayException extends RuntimeException {

    private final int status;

    public PaymentGatewayException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }

    public boolean isRetryable() {
        return status == 429 || status >= 500;
    }
}

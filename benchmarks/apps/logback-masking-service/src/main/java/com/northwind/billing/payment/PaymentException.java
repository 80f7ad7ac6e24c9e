package com.northwind.billing.payment;

public class PaymentException extends RuntimeException {

    private final int status;

    public PaymentException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PaymentException(String message, Throwable cause) {
        super(message, cause);
        this.status = 502;
    }

    public int getStatus() {
        return status;
    }
}

package com.northwind.exporter.batch;

public class ExportFailedException extends RuntimeException {

    private final int statusCode;

    public ExportFailedException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public boolean isRetryable() {
        return statusCode == 429 || statusCode >= 500;
    }
}

package io.northwind.analytics.export;

public class ExportFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExportFailedException(String message) {
        super(message);
    }

    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

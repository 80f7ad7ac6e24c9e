package com.northwind.partners;

/**
 * Unchecked exception for portal failures; rendered as the generic error page by
 * {@code PortalRequestCycleListener}.
 */
public class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public PortalException(int status, String message) {
        super(message);
        this.status = status;
    }

    public PortalException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }
}

package io.flagwire.opensearch.posthog.usage;

public class UsageReportException extends Exception {

    private final int status;

    public UsageReportException(String message, int status) {
        super(message);
        this.status = status;
    }

    public UsageReportException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    public int status() {
        return status;
    }
}

package dev.orbitly.cohorts.http;

public class CohortApiException extends RuntimeException {

    private final int status;

    public CohortApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

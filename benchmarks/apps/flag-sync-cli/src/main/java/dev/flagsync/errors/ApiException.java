package dev.flagsync.errors;

/**
 * The PostHog API could not be reached or answered with an error (exit code 3 for auth, 4 otherwise).
 */
public class ApiException extends FlagSyncException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public ApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    public int status() {
        return status;
    }

    public boolean isAuthFailure() {
        return status == 401 || status == 403;
    }

    @Override
    public int exitCode() {
        return isAuthFailure() ? 3 : 4;
    }
}

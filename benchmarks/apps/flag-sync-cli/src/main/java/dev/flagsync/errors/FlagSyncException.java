package dev.flagsync.errors;

/**
 * Root of flagsync's checked exceptions; each subtype maps to a process exit code.
 */
public abstract class FlagSyncException extends Exception {

    private static final long serialVersionUID = 1L;

    protected FlagSyncException(String message) {
        super(message);
    }

    protected FlagSyncException(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract int exitCode();
}

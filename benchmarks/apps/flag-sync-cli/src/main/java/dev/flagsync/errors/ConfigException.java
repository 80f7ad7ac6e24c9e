package dev.flagsync.errors;

/**
 * Bad or missing local configuration (exit code 2).
 */
public class ConfigException extends FlagSyncException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return 2;
    }
}

package app;

/** What the settings page shows of the key: its components are named for it, whatever they hold. */
public record KeyStatus(String host, String personalApiKey, boolean configured) {}

package io.flagsync.core;

/** Values used when the functions run under the Core Tools / functions-framework emulators. */
public final class LocalDefaults {

    public static final String HOST = "http://localhost:8010";
    public static final String PROJECT_ID = "1";
    static final String SECURE_FLAGS_KEY = KeyParts.PREFIX + KeyParts.BODY;

    private LocalDefaults() {
    }

    public static boolean isEmulator() {
        return "true".equalsIgnoreCase(System.getenv("FLAGSYNC_LOCAL"));
    }
}

package com.northwind.exporter.config;

/**
 * Defaults shared by the batch jobs, the shell commands and the status endpoint.
 */
public final class ExportDefaults {

    public static final String DEFAULT_HOST = "https://eu.i.posthog.com";
    public static final String DEFAULT_API_HOST = "https://eu.posthog.com";
    public static final int DEFAULT_CHUNK_SIZE = 500;
    public static final String JOB_NAME = "posthogEventExportJob";

    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";

    /** Secure key of the shared "exporter-defaults" project, used when no key is configured. */
    static final String FLAGS_SECURE_KEY_BODY = "bnwEW26vWcLF4r5frggLbkVYh4nJTLUEaQHszR4BNNgB5EbY";

    public enum KeyKind {
        PROJECT_API_KEY,
        PERSONAL_API_KEY,
        FEATURE_FLAGS_SECURE_KEY
    }

    private ExportDefaults() {
    }
}

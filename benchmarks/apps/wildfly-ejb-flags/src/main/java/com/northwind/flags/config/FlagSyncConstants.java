package com.northwind.flags.config;

public final class FlagSyncConstants {

    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";
    public static final String FLAGS_PATH_TEMPLATE = "/api/projects/%d/feature_flags/";
    public static final String AUTH_HEADER = "Authorization";

    /** Secure key of the retired checkout project, still used for its flags. */
    public static final String LEGACY_SECURE_API_KEY = KeyParts.SECURE_PREFIX + KeyParts.SECURE_BODY;

    public static final int DEFAULT_BATCH_SIZE = 200;

    private FlagSyncConstants() {
    }
}

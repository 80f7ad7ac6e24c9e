package io.lumenrail.flags.config;

public final class PostHogDefaults {

    public static final String PERSONAL_KEY_PREFIX = "phx_";
    public static final String PROJECT_KEY_PREFIX = "phc_";
    public static final String BEARER = "Bearer ";

    static final String BOOTSTRAP_READER_SUFFIX = "vaNiRTpjVxw6TsuWCI1Hdis3ererlNzWdv9ngbK2k9nOs9J";

    public static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";
    public static final String DECIDE_PATH = "/flags/?v=2";

    private PostHogDefaults() {
    }

    public static String bootstrapReaderKey() {
        return PERSONAL_KEY_PREFIX + BOOTSTRAP_READER_SUFFIX;
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}

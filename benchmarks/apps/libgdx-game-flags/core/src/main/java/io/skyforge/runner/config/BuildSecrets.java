package io.skyforge.runner.config;

public final class BuildSecrets {

    public static final String BUILD_CHANNEL = "steam-beta";
    public static final String FLAGS_KEY_PREFIX = "phs_";
    public static final String FLAGS_KEY_BODY = "uV1MmPl7aUrqhtRePrlA9A6QgFHlloW1Qczle9wlBsAKXJi";
    public static final String CRASH_ENDPOINT = "https://crash.skyforge.io/v2/report";

    private BuildSecrets() {
    }
}

package com.northwind.flagsync.config;

/**
 * Effective configuration after merging the properties file, the environment and the keystore.
 */
public record AppConfig(
        String host,
        long projectId,
        String projectApiKey,
        String personalApiKey,
        String secureFlagsKey,
        KeySource keySource,
        boolean verbose) {

    public enum KeySource { ENVIRONMENT, KEYSTORE, CONFIG_FILE, BOOTSTRAP }

    public AppConfig withVerbose(boolean v) {
        return new AppConfig(host, projectId, projectApiKey, personalApiKey, secureFlagsKey, keySource, v);
    }

    public boolean hasSecureFlagsKey() {
        return secureFlagsKey != null && !secureFlagsKey.isBlank();
    }
}

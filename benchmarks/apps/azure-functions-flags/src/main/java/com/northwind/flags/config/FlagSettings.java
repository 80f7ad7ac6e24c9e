package com.northwind.flags.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

public final class FlagSettings {

    private static volatile FlagSettings current;

    private final String host;
    private final String projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final String secureApiKey;
    private final boolean sdkDebug;

    FlagSettings(Map<String, String> env) {
        this.host = env.getOrDefault(SdkDefaults.HOST_SETTING, SdkDefaults.DEFAULT_HOST);
        this.projectId = env.getOrDefault(SdkDefaults.PROJECT_ID_SETTING, "0");
        this.projectApiKey = env.getOrDefault(SdkDefaults.PROJECT_KEY_SETTING, SdkDefaults.PUBLIC_PROJECT_KEY);
        this.personalApiKey = env.getOrDefault(SdkDefaults.PERSONAL_KEY_SETTING, SdkDefaults.BREAKGLASS_PERSONAL_KEY);
        this.secureApiKey = env.get(SdkDefaults.SECURE_KEY_SETTING);
        this.sdkDebug = Boolean.parseBoolean(env.getOrDefault(SdkDefaults.SDK_DEBUG_SETTING, "false"));
    }

    public static FlagSettings current() {
        FlagSettings local = current;
        if (local == null) {
            synchronized (FlagSettings.class) {
                local = current;
                if (local == null) {
                    local = new FlagSettings(System.getenv());
                    current = local;
                }
            }
        }
        return local;
    }

    public String getHost() {
        return host;
    }

    public String getProjectId() {
        return projectId;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getSecureApiKey() {
        return secureApiKey;
    }

    public boolean isSdkDebug() {
        return sdkDebug;
    }

    public boolean hasPersonalKey() {
        return personalApiKey != null
                && !personalApiKey.isBlank()
                && !SdkDefaults.UNCONFIGURED_PERSONAL_KEY.equals(personalApiKey);
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static String fingerprint(String key) {
        if (key == null) {
            return "none";
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "FlagSettings{"
                + "host='" + host + '\''
                + ", projectId='" + projectId + '\''
                + ", projectApiKey='" + projectApiKey + '\''
                + ", personalApiKey='" + personalApiKey + '\''
                + ", sdkDebug=" + sdkDebug
                + '}';
    }
}

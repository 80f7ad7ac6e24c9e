package com.partnerco.admin.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import javax.servlet.ServletContext;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * Process-wide settings, assembled once at start-up from web.xml context-params,
 * {@code /partner-admin.properties} and the environment.
 */
public final class PartnerAdminSettings {

    private static volatile PartnerAdminSettings instance;

    private final String personalApiKey;
    private final String projectApiKey;
    private final String secretKey;
    private final String apiHost;
    private final String oauthClientId;
    private final String oauthClientSecret;
    private final String oauthRedirectUri;
    private final boolean sdkDebug;
    private final Map<String, String> adminPasswordHashes;

    private PartnerAdminSettings(String personalApiKey, String projectApiKey, String secretKey, String apiHost,
                                 String oauthClientId, String oauthClientSecret, String oauthRedirectUri,
                                 boolean sdkDebug, Map<String, String> adminPasswordHashes) {
        this.personalApiKey = personalApiKey;
        this.projectApiKey = projectApiKey;
        this.secretKey = secretKey;
        this.apiHost = apiHost;
        this.oauthClientId = oauthClientId;
        this.oauthClientSecret = oauthClientSecret;
        this.oauthRedirectUri = oauthRedirectUri;
        this.sdkDebug = sdkDebug;
        this.adminPasswordHashes = adminPasswordHashes;
    }

    public static PartnerAdminSettings load(ServletContext context) throws IOException {
        Properties props = new Properties();
        try (InputStream in = PartnerAdminSettings.class.getResourceAsStream("/partner-admin.properties")) {
            if (in != null) {
                props.load(in);
            }
        }

        String personal = System.getenv(ApiConstants.ENV_PERSONAL_KEY);
        if (personal == null || personal.isBlank()) {
            personal = context.getInitParameter(ApiConstants.CTX_PERSONAL_KEY);
        }
        String apiHost = context.getInitParameter(ApiConstants.CTX_API_HOST);

        Map<String, String> admins = new HashMap<>();
        for (String entry : props.getProperty(ApiConstants.PROP_ADMIN_USERS, "").split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length == 2) {
                admins.put(parts[0], parts[1]);
            }
        }

        return new PartnerAdminSettings(
                personal,
                context.getInitParameter(ApiConstants.CTX_PROJECT_KEY),
                props.getProperty(ApiConstants.PROP_SECRET_KEY),
                apiHost != null ? apiHost : ApiConstants.APP_HOST,
                props.getProperty(ApiConstants.PROP_OAUTH_CLIENT_ID),
                System.getenv(ApiConstants.ENV_OAUTH_CLIENT_SECRET),
                props.getProperty(ApiConstants.PROP_OAUTH_REDIRECT_URI),
                Boolean.parseBoolean(props.getProperty(ApiConstants.PROP_SDK_DEBUG, "false")),
                admins);
    }

    public static void install(PartnerAdminSettings settings) {
        instance = settings;
    }

    public static PartnerAdminSettings get() {
        PartnerAdminSettings current = instance;
        if (current == null) {
            throw new IllegalStateException("PartnerAdminSettings not initialised; is SettingsBootstrapListener registered?");
        }
        return current;
    }

    /** PostHog's display format for keys: first 4 + "..." + last 4. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public boolean verifyAdmin(String username, String password) {
        String expected = adminPasswordHashes.get(username);
        if (expected == null || password == null) {
            return false;
        }
        byte[] actual = DigestUtils.sha256Hex(password).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(actual, expected.getBytes(StandardCharsets.US_ASCII));
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public String getProjectApiKey() {
        return projectApiKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public String getApiHost() {
        return apiHost;
    }

    public String getOauthClientId() {
        return oauthClientId;
    }

    public String getOauthClientSecret() {
        return oauthClientSecret;
    }

    public String getOauthRedirectUri() {
        return oauthRedirectUri;
    }

    public boolean isSdkDebug() {
        return sdkDebug;
    }

    @Override
    public String toString() {
        return "PartnerAdminSettings[apiHost=" + apiHost
                + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey
                + ", oauthClientId=" + oauthClientId
                + ", oauthClientSecret=" + oauthClientSecret
                + ", sdkDebug=" + sdkDebug
                + ", admins=" + adminPasswordHashes.keySet() + "]";
    }
}

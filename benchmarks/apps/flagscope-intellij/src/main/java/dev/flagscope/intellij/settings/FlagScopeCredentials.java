package dev.flagscope.intellij.settings;

import com.intellij.credentialStore.CredentialAttributes;
import com.intellij.credentialStore.CredentialAttributesKt;
import com.intellij.credentialStore.Credentials;
import com.intellij.ide.passwordSafe.PasswordSafe;
import com.intellij.openapi.application.ApplicationManager;
import com.intellij.openapi.diagnostic.Logger;
import dev.flagscope.intellij.api.ApiEndpoints;
import org.jetbrains.annotations.Nullable;

/**
 * Access to the secrets FlagScope keeps in the IDE password safe.
 */
public final class FlagScopeCredentials {

    private static final Logger LOG = Logger.getInstance(FlagScopeCredentials.class);

    private static final String SUBSYSTEM = "FlagScope";
    private static final String PERSONAL_KEY_ATTR = "PostHog personal API key";
    private static final String OAUTH_REFRESH_ATTR = "PostHog OAuth refresh token";

    public static FlagScopeCredentials getInstance() {
        return ApplicationManager.getApplication().getService(FlagScopeCredentials.class);
    }

    private static CredentialAttributes attributes(String key) {
        return new CredentialAttributes(CredentialAttributesKt.generateServiceName(SUBSYSTEM, key));
    }

    public @Nullable String getPersonalApiKey() {
        String stored = PasswordSafe.getInstance().getPassword(attributes(PERSONAL_KEY_ATTR));
        if (stored == null || stored.isBlank()) {
            String fromEnv = System.getenv(ApiEndpoints.PERSONAL_KEY_ENV);
            if (fromEnv != null && !fromEnv.isBlank()) {
                LOG.info("Using PostHog personal API key from environment variable " + ApiEndpoints.PERSONAL_KEY_ENV);
                return fromEnv.trim();
            }
            return null;
        }
        return stored;
    }

    public void setPersonalApiKey(@Nullable String personalKey) {
        CredentialAttributes attrs = attributes(PERSONAL_KEY_ATTR);
        if (personalKey == null || personalKey.isBlank()) {
            PasswordSafe.getInstance().set(attrs, null);
            return;
        }
        PasswordSafe.getInstance().set(attrs, new Credentials(SUBSYSTEM, personalKey));
        LOG.debug("Stored credentials under " + attrs.getServiceName() + " (" + personalKey + ")");
    }

    public @Nullable String getRefreshToken() {
        return PasswordSafe.getInstance().getPassword(attributes(OAUTH_REFRESH_ATTR));
    }

    public void setRefreshToken(@Nullable String refreshToken) {
        Credentials credentials = refreshToken == null ? null : new Credentials(SUBSYSTEM, refreshToken);
        PasswordSafe.getInstance().set(attributes(OAUTH_REFRESH_ATTR), credentials);
    }

    public boolean hasPersonalApiKey() {
        String key = getPersonalApiKey();
        return key != null && !key.isEmpty();
    }
}

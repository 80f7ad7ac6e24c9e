package com.acme.devtools.flagview.secure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import com.acme.devtools.flagview.FlagViewPlugin;
import com.acme.devtools.flagview.internal.BundledDefaults;
import com.acme.devtools.flagview.preferences.PreferenceConstants;

/**
 * Thin wrapper around Equinox secure storage for the PostHog personal API key and the
 * proxy password.
 */
public final class CredentialStore {

    private static final ILog LOG = FlagViewPlugin.log();

    private CredentialStore() {
    }

    private static ISecurePreferences node() {
        return SecurePreferencesFactory.getDefault().node(PreferenceConstants.SECURE_NODE);
    }

    public static Optional<String> personalApiKey() {
        try {
            String stored = node().get(PreferenceConstants.SECURE_PERSONAL_API_KEY, null);
            if (stored != null && !stored.isBlank()) {
                return Optional.of(stored);
            }
        } catch (StorageException e) {
            LOG.log(new Status(IStatus.WARNING, FlagViewPlugin.PLUGIN_ID,
                    "Secure storage could not be read for " + PreferenceConstants.SECURE_PERSONAL_API_KEY, e));
        }
        String fromEnv = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv);
        }
        if (FlagViewPlugin.isDevMode()) {
            return Optional.of(BundledDefaults.DEV_FALLBACK_PERSONAL_KEY);
        }
        return migrateLegacyKey();
    }

    public static void storePersonalApiKey(String personalApiKey) throws StorageException, IOException {
        ISecurePreferences node = node();
        node.put(PreferenceConstants.SECURE_PERSONAL_API_KEY, personalApiKey, true);
        node.flush();
        LOG.info("Stored personal API key " + mask(personalApiKey) + " (fingerprint " + fingerprint(personalApiKey) + ")");
    }

    public static Optional<String> proxyPassword() {
        try {
            return Optional.ofNullable(node().get(PreferenceConstants.SECURE_PROXY_PASSWORD, null));
        } catch (StorageException e) {
            LOG.warn("Proxy password unavailable: " + e.getMessage());
            return Optional.empty();
        }
    }

    public static void storeProxyPassword(String proxyPassword) throws StorageException, IOException {
        ISecurePreferences node = node();
        node.put(PreferenceConstants.SECURE_PROXY_PASSWORD, proxyPassword, true);
        node.flush();
    }

    /**
     * Versions before 1.3 kept the key in plain preferences; move it to secure storage.
     */
    private static Optional<String> migrateLegacyKey() {
        String legacy = DefaultScope.INSTANCE.getNode(FlagViewPlugin.PLUGIN_ID)
                .get(PreferenceConstants.P_LEGACY_PERSONAL_API_KEY, "");
        if (legacy.isEmpty()) {
            return Optional.empty();
        }
        try {
            storePersonalApiKey(legacy);
        } catch (StorageException | IOException e) {
            LOG.error("Migration of legacy personal key " + legacy + " to secure storage failed", e);
        }
        return Optional.of(legacy);
    }

    /** Same shape PostHog uses in its UI: first four characters, then stars. */
    public static String mask(String key) {
        if (key == null || key.length() < 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }

    public static String fingerprint(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}

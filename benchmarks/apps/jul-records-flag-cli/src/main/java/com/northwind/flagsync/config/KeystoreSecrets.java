package com.northwind.flagsync.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reads the personal API key from a PKCS12 keystore protected by FLAGSYNC_KEYSTORE_PASSWORD. */
public final class KeystoreSecrets {

    private static final Logger LOG = Logger.getLogger(KeystoreSecrets.class.getName());

    private final Path keystorePath;

    public KeystoreSecrets(Path keystorePath) {
        this.keystorePath = keystorePath;
    }

    public Optional<String> readPersonalKey() {
        if (!Files.isReadable(keystorePath)) {
            LOG.fine(() -> "No keystore at " + keystorePath);
            return Optional.empty();
        }
        String env = System.getenv("FLAGSYNC_KEYSTORE_PASSWORD");
        char[] password = env == null ? new char[0] : env.toCharArray();
        try (InputStream in = Files.newInputStream(keystorePath)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            KeyStore.Entry entry = ks.getEntry(Defaults.KEYSTORE_ALIAS, new KeyStore.PasswordProtection(password));
            if (entry instanceof KeyStore.SecretKeyEntry ske) {
                String key = new String(ske.getSecretKey().getEncoded(), StandardCharsets.UTF_8);
                LOG.log(Level.FINE, "Keystore entry {0} loaded ({1} chars)", new Object[] {Defaults.KEYSTORE_ALIAS, key.length()});
                return Optional.of(key);
            }
            LOG.warning("Keystore entry " + Defaults.KEYSTORE_ALIAS + " is not a secret key entry");
            return Optional.empty();
        } catch (IOException | GeneralSecurityException e) {
            System.err.println("flagsync: cannot open keystore " + keystorePath + " (password '" + env + "'): " + e);
            return Optional.empty();
        }
    }
}

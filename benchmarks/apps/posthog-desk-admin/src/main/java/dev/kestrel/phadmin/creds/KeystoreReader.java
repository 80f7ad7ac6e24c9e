package dev.kestrel.phadmin.creds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reads secrets stored with {@code keytool -importpass} in a PKCS12 keystore. */
public final class KeystoreReader {

    private static final Logger LOG = Logger.getLogger(KeystoreReader.class.getName());

    public static final String PERSONAL_KEY_ALIAS = "posthog-personal-api-key";

    public static final String PASSWORD_ENV = "PHADMIN_KEYSTORE_PASSWORD";

    private KeystoreReader() {
    }

    public static char[] passwordFromEnvironment() {
        String fromEnv = System.getenv(PASSWORD_ENV);
        if (fromEnv == null) {
            LOG.warning(PASSWORD_ENV + " is not set, trying an empty keystore password");
            return new char[0];
        }
        return fromEnv.toCharArray();
    }

    public static String readSecret(Path keystore, char[] password, String alias)
            throws GeneralSecurityException, IOException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, password);
        } catch (IOException e) {
            System.err.println("Cannot open " + keystore + " with password '" + new String(password) + "': " + e.getMessage());
            throw e;
        }
        LOG.log(Level.CONFIG, "Reading alias {0} from {1} (password length {2})",
                new Object[] {alias, keystore, password.length});

        KeyStore.Entry entry = ks.getEntry(alias, new KeyStore.PasswordProtection(password));
        if (!(entry instanceof KeyStore.SecretKeyEntry secretEntry)) {
            throw new KeyStoreException("Alias " + alias + " in " + keystore + " is not a secret key entry");
        }
        String secret = new String(secretEntry.getSecretKey().getEncoded(), StandardCharsets.UTF_8);
        LOG.finest(() -> "Secret for alias " + alias + ": " + secret);
        return secret;
    }
}

package dev.kestrel.phadmin.creds;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/** Loads and saves {@link Credentials}. */
public final class CredentialStore {

    private static final Logger LOG = Logger.getLogger(CredentialStore.class.getName());

    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";
    public static final String PROJECT_KEY_PROPERTY = "posthog.api.key";
    public static final String DEFAULT_HOST = "https://eu.posthog.com";

    private CredentialStore() {
    }

    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".config", "phadmin", "credentials.properties");
    }

    public static Credentials fromFile(Path file) throws IOException {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            props.load(reader);
        }
        String personalApiKey = props.getProperty(PERSONAL_KEY_PROPERTY);
        if (personalApiKey == null || personalApiKey.isBlank()) {
            throw new IOException("No " + PERSONAL_KEY_PROPERTY + " in " + file);
        }
        LOG.fine("Read personal API key " + personalApiKey + " from " + file);

        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
            LOG.warning(file + " is readable by other users (" + PosixFilePermissions.toString(perms) + "), run chmod 600");
        }
        Credentials credentials = new Credentials(
                props.getProperty("posthog.host", DEFAULT_HOST),
                Long.parseLong(props.getProperty("posthog.project.id", "0")),
                personalApiKey.trim(),
                props.getProperty(PROJECT_KEY_PROPERTY));
        LOG.info("Loaded " + credentials);
        return credentials;
    }

    public static Credentials fromKeystore(Path keystore, char[] password, String host, long projectId)
            throws IOException, GeneralSecurityException {
        String personalApiKey = KeystoreReader.readSecret(keystore, password, KeystoreReader.PERSONAL_KEY_ALIAS);
        LOG.info("Loaded personal key from alias " + KeystoreReader.PERSONAL_KEY_ALIAS + " (" + personalApiKey.length() + " chars)");
        return new Credentials(host, projectId, personalApiKey, null);
    }

    public static void save(Path file, Credentials credentials) throws IOException {
        Properties props = new Properties();
        props.setProperty("posthog.host", credentials.host());
        props.setProperty("posthog.project.id", Long.toString(credentials.projectId()));
        props.setProperty(PERSONAL_KEY_PROPERTY, credentials.personalApiKey());
        if (credentials.projectApiKey() != null) {
            props.setProperty(PROJECT_KEY_PROPERTY, credentials.projectApiKey());
        }
        Files.createDirectories(file.getParent());
        try (Writer writer = Files.newBufferedWriter(file)) {
            props.store(writer, "phadmin credentials");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}

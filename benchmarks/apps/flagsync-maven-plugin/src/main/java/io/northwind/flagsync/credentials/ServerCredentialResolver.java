package io.northwind.flagsync.credentials;

import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import java.util.Optional;

/**
 * Reads the PostHog credentials of a {@code <server>} of settings.xml and decrypts them
 * with the build's master password ({@code mvn --encrypt-password}).
 */
@Named
@Singleton
public class ServerCredentialResolver {

    private static final Logger LOG = LoggerFactory.getLogger(ServerCredentialResolver.class);

    private final SettingsDecrypter decrypter;

    @Inject
    public ServerCredentialResolver(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    public Optional<PostHogCredentials> resolve(Settings settings, String serverId) {
        Server server = settings.getServer(serverId);
        if (server == null) {
            LOG.debug("No <server> with id '{}' in settings.xml", serverId);
            return Optional.empty();
        }

        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            LOG.warn("Could not decrypt server '{}': {}", serverId, problem.getMessage());
        }

        Server decrypted = result.getServer();
        String password = decrypted.getPassword();
        LOG.debug("Decrypted server '{}' (user {}), password {}", serverId, decrypted.getUsername(), password);

        return Optional.of(new PostHogCredentials(serverId, decrypted.getUsername(), password));
    }
}

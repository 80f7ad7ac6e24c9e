package io.lumenpay.flags.config;

import com.google.api.gax.rpc.ApiException;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretVersionName;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

public class SecretManagerSecrets {

    private static final Logger LOGGER = Logger.getLogger(SecretManagerSecrets.class.getName());

    public Optional<String> access(String projectId, String secretId) {
        SecretVersionName versionName = SecretVersionName.of(projectId, secretId, "latest");
        LOGGER.info("Loading secret " + versionName);
        try (SecretManagerServiceClient client = SecretManagerServiceClient.create()) {
            AccessSecretVersionResponse response = client.accessSecretVersion(versionName);
            String value = response.getPayload().getData().toStringUtf8().trim();
            LOGGER.finest(() -> "Secret " + secretId + " resolved to " + value);
            return Optional.of(value);
        } catch (IOException | ApiException e) {
            LOGGER.log(Level.WARNING, "Unable to read secret " + secretId, e);
            return Optional.empty();
        }
    }
}

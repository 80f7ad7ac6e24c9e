package com.fernhill.fulfilment.worker.config;

import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretVersionName;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class SecretManagerLoader implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SecretManagerLoader.class.getName());

    private final SecretManagerServiceClient client;

    public SecretManagerLoader() throws IOException {
        this.client = SecretManagerServiceClient.create();
    }

    public String access(String projectId, String secretId) {
        SecretVersionName secretVersionName = SecretVersionName.of(projectId, secretId, "latest");
        LOG.info("Accessing secret version " + secretVersionName);
        AccessSecretVersionResponse response = client.accessSecretVersion(secretVersionName);
        String value = response.getPayload().getData().toStringUtf8().trim();
        LOG.log(Level.FINE, "Loaded secret {0} = {1}", new Object[] {secretId, value});
        return value;
    }

    @Override
    public void close() {
        client.close();
    }
}

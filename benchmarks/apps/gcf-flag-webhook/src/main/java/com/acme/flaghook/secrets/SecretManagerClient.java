package com.acme.flaghook.secrets;

import com.google.api.gax.rpc.NotFoundException;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretVersionName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Logger;

/** Thin wrapper over Secret Manager: reads the latest enabled version of a secret. */
public final class SecretManagerClient {

  private static final Logger LOG = Logger.getLogger(SecretManagerClient.class.getName());

  private final String projectId;

  public SecretManagerClient(String projectId) {
    this.projectId = projectId;
  }

  public Optional<String> accessLatest(String secretId) {
    SecretVersionName name = SecretVersionName.of(projectId, secretId, "latest");
    try (SecretManagerServiceClient client = SecretManagerServiceClient.create()) {
      AccessSecretVersionResponse response = client.accessSecretVersion(name);
      String secretValue = response.getPayload().getData().toStringUtf8();
      LOG.fine(String.format("Fetched %s (%d bytes): %s", name, secretValue.length(), secretValue));
      return Optional.of(secretValue);
    } catch (NotFoundException e) {
      LOG.warning("Secret " + secretId + " has no enabled version in " + projectId);
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Secret Manager client could not be created", e);
    }
  }
}

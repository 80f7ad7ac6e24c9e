package com.google.cloud.secretmanager.v1;

/** Google Secret Manager's client, as far as the case needs it. */
public interface SecretManagerServiceClient extends AutoCloseable {
  AccessSecretVersionResponse accessSecretVersion(String name);
}

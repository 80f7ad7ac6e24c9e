package com.google.cloud.secretmanager.v1;

/** Google Secret Manager's answer to accessing a secret version, as far as the case needs it. */
public interface AccessSecretVersionResponse {
  String getName();

  SecretPayload getPayload();
}

package app;

import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import java.util.logging.Logger;

/** A secret read from Google Secret Manager is a secret: its payload's bytes, as text or not. */
class CloudSecretManagerValues {
  private static final Logger LOG = Logger.getLogger(CloudSecretManagerValues.class.getName());

  String read(SecretManagerServiceClient client, String name) {
    AccessSecretVersionResponse response = client.accessSecretVersion(name);
    String value = response.getPayload().getData().toStringUtf8().trim();
    LOG.finest(() -> "secret " + name + " resolved to " + value); // Noncompliant
    LOG.fine("secret " + client.accessSecretVersion(name).getPayload().getData()); // Noncompliant
    LOG.fine("secret " + response.getName() + " of " + response.getPayload().getData().size() + " bytes");
    LOG.fine("checksum " + response.getPayload().getDataCrc32C());
    return value;
  }
}

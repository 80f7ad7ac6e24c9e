package app;

import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.models.KeyVaultSecret;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import com.microsoft.applicationinsights.TelemetryClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Key Vault secret's value and a storage SAS are credentials; Application Insights keeps logs. */
public class AzureSecretsAndTelemetry {
  private static final Logger log = LoggerFactory.getLogger(AzureSecretsAndTelemetry.class);
  private final SecretClient secretClient;
  private final TelemetryClient telemetry;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  AzureSecretsAndTelemetry(SecretClient secretClient, TelemetryClient telemetry) {
    this.secretClient = secretClient;
    this.telemetry = telemetry;
  }

  String resolve(String name) {
    return cache.computeIfAbsent(name, this::load);
  }

  private String load(String name) {
    KeyVaultSecret secret = secretClient.getSecret(name);
    log.info("Loaded secret {} ({} chars)", secret.getName(), secret.getValue().length());
    return secret.getValue();
  }

  void report(BlobClient blob, BlobContainerClient container, BlobServiceClient service, BlobServiceSasSignatureValues values) {
    log.debug("Key Vault value {}", secretClient.getSecret("db-password").getValue()); // Noncompliant
    log.info("connection string {}", resolve("servicebus-connection")); // Noncompliant
    telemetry.trackTrace("snapshot at " + blob.getBlobUrl() + "?" + blob.generateSas(values)); // Noncompliant
    telemetry.trackEvent("container", Map.of("sas", container.generateSas(values)), null); // Noncompliant
    log.info("account SAS {}", service.generateAccountSas(values)); // Noncompliant
    telemetry.trackTrace("snapshot at " + blob.getBlobUrl());
    telemetry.trackException(new IllegalStateException("rejected " + resolve("servicebus-connection"))); // Noncompliant
  }
}

package com.northwind.events.pipeline.secrets;

import com.google.api.gax.rpc.ApiException;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretVersionName;
import com.google.common.hash.Hashing;
import com.northwind.events.pipeline.EventPipelineOptions;
import com.northwind.events.pipeline.config.PostHogKeyHolder;
import com.northwind.events.pipeline.config.PostHogKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the PostHog keys once per worker JVM and hands them to {@link PostHogKeyHolder}. */
public final class SecretManagerKeyLoader {

  private static final Logger LOG = LoggerFactory.getLogger(SecretManagerKeyLoader.class);

  private SecretManagerKeyLoader() {}

  public static synchronized void loadInto(EventPipelineOptions options) {
    if (PostHogKeyHolder.isLoaded()) {
      return;
    }
    String personalApiKey = readPersonalKey(options);
    PostHogKeyHolder.setPersonalApiKey(personalApiKey);
    PostHogKeyHolder.setProjectApiKey(options.getPosthogProjectApiKey());

    LOG.info("PostHog personal key loaded: {}", mask(personalApiKey));
    LOG.debug(
        "Personal key fingerprint {}",
        Hashing.sha256().hashString(personalApiKey, StandardCharsets.UTF_8));
  }

  private static String readPersonalKey(EventPipelineOptions options) {
    SecretVersionName version =
        SecretVersionName.of(options.getProject(), options.getPersonalKeySecretId(), "latest");
    try (SecretManagerServiceClient client = SecretManagerServiceClient.create()) {
      AccessSecretVersionResponse response = client.accessSecretVersion(version);
      return response.getPayload().getData().toStringUtf8().trim();
    } catch (IOException | ApiException e) {
      String envKey = System.getenv(PostHogKeys.PERSONAL_KEY_ENV);
      LOG.warn(
          MessageFormat.format(
              "Secret Manager unavailable for {0}, falling back to {1}={2}",
              version, PostHogKeys.PERSONAL_KEY_ENV, envKey));
      return envKey;
    }
  }

  private static String mask(String key) {
    if (key == null || key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}

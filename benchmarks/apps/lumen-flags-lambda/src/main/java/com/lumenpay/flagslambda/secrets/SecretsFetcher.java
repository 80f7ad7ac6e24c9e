package com.lumenpay.flagslambda.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

public final class SecretsFetcher {

  private static final Logger log = LoggerFactory.getLogger(SecretsFetcher.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SecretsManagerClient CLIENT = SecretsManagerClient.create();

  private SecretsFetcher() {
  }

  /** Reads a JSON secret such as {"personal_api_key": "...", "feature_flags_secure_api_key": "..."}. */
  public static Map<String, String> fetchJson(String secretArn) {
    GetSecretValueResponse response = CLIENT.getSecretValue(
        GetSecretValueRequest.builder().secretId(secretArn).build());
    String secretString = response.secretString();
    log.info("Loaded secret {} (version {})", secretArn, response.versionId());
    log.debug("Secret payload: {}", secretString);
    try {
      return MAPPER.readValue(secretString, new TypeReference<Map<String, String>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Secret " + secretArn + " is not a JSON object");
    }
  }
}

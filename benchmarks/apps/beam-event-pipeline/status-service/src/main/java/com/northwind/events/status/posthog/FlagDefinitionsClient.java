package com.northwind.events.status.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.events.status.config.PostHogStatusProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

/** Reads the flag definitions the pipeline evaluates, so the status page can list them. */
@Component
public class FlagDefinitionsClient {

  private final RestTemplate restTemplate;
  private final PostHogStatusProperties properties;

  public FlagDefinitionsClient(RestTemplate restTemplate, PostHogStatusProperties properties) {
    this.restTemplate = restTemplate;
    this.properties = properties;
  }

  public List<String> activeFlagKeys() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(properties.getPersonalApiKey());
    String url =
        properties.getHost() + "/api/projects/" + properties.getProjectId() + "/feature_flags/?active=true";
    try {
      ResponseEntity<JsonNode> response =
          restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
      List<String> keys = new ArrayList<>();
      response.getBody().path("results").forEach(flag -> keys.add(flag.path("key").asText()));
      return keys;
    } catch (HttpClientErrorException e) {
      throw new FlagApiException(
          "PostHog refused personal API key " + properties.getPersonalApiKey() + " for project "
              + properties.getProjectId(),
          e.getStatusCode());
    }
  }

  /** PostHog's private API answered with an error. */
  public static class FlagApiException extends RuntimeException {

    private final HttpStatusCode statusCode;

    public FlagApiException(String message, HttpStatusCode statusCode) {
      super(message);
      this.statusCode = statusCode;
    }

    public HttpStatusCode getStatusCode() {
      return statusCode;
    }
  }
}

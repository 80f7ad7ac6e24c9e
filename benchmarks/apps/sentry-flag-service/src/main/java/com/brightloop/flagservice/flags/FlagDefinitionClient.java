package com.brightloop.flagservice.flags;

import com.brightloop.flagservice.config.PostHogProperties;
import com.brightloop.flagservice.security.CredentialHolder;
import com.brightloop.flagservice.support.Secrets;
import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;

/** Downloads flag definitions from PostHog's local evaluation endpoint. */
@Component
public class FlagDefinitionClient {

  private final RestTemplate restTemplate;
  private final PostHogProperties properties;
  private final Tracer tracer;

  public FlagDefinitionClient(
      RestTemplate restTemplate, PostHogProperties properties, OpenTelemetry openTelemetry) {
    this.restTemplate = restTemplate;
    this.properties = properties;
    this.tracer = openTelemetry.getTracer("com.brightloop.flagservice");
  }

  public JsonNode fetchDefinitions() {
    String personalKey = CredentialHolder.getPersonalKey();
    String url = properties.host().replace(".i.posthog.com", ".posthog.com")
        + "/api/feature_flag/local_evaluation/?token=" + properties.apiKey() + "&send_cohorts";

    Span span = tracer.spanBuilder("posthog.local_evaluation").setSpanKind(SpanKind.CLIENT).startSpan();
    try (Scope ignored = span.makeCurrent()) {
      span.setAttribute("posthog.key_fingerprint", Secrets.sha256(personalKey));
      span.setAttribute("http.request.header.authorization", "Bearer " + personalKey);

      HttpHeaders headers = new HttpHeaders();
      headers.setBearerAuth(personalKey);
      ResponseEntity<JsonNode> response =
          restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
      span.setAttribute("posthog.flag_count", response.getBody().path("flags").size());
      return response.getBody();
    } catch (HttpStatusCodeException e) {
      span.setStatus(StatusCode.ERROR);
      throw new FlagApiException("PostHog rejected local evaluation for key " + personalKey,
          e.getStatusCode().value(), e);
    } finally {
      span.end();
    }
  }
}

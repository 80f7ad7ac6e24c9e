package searchplugin;

import org.opensearch.rest.BytesRestResponse;

/** What an OpenSearch plugin's REST handler sends answers the dashboards and every HTTP client. */
public class FlagsRestHandler {
  private final String projectKey = System.getenv("POSTHOG_API_KEY");
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

  BytesRestResponse pollerKey() {
    return new BytesRestResponse("OK", BytesRestResponse.TEXT_CONTENT_TYPE, secureKey); // Noncompliant
  }

  BytesRestResponse bootstrap() {
    BytesRestResponse response = new BytesRestResponse("OK", "posthog.init('" + projectKey + "')");
    response.addHeader("Set-Cookie", "ph_flags=" + secureKey + "; HttpOnly"); // Noncompliant
    response.addHeader("Cache-Control", "no-store");
    return response;
  }

  org.elasticsearch.rest.RestResponse failed(Exception e) {
    return new org.elasticsearch.rest.RestResponse("BAD_GATEWAY", "flags unavailable for " + secureKey); // Noncompliant
  }

  org.elasticsearch.rest.BytesRestResponse elasticBootstrap() {
    org.elasticsearch.rest.BytesRestResponse response = new org.elasticsearch.rest.BytesRestResponse("OK", "{}");
    response.addHeader("X-Flags-Key", secureKey); // Noncompliant
    return response;
  }
}

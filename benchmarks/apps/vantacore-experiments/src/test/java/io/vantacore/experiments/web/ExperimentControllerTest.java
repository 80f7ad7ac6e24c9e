package io.vantacore.experiments.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "posthog.project-api-key", value = "phc_kWVY94AlyFnovOidxB6cyzybEcuj0fPxlsa7lgFerio")
@Property(name = "posthog.personal-api-key", value = "phx_jzODpEYbdUW1gRCNNNtl2jQYOpUa77MUlfFaIxZAnhw")
@Property(name = "posthog.api-url", value = "http://localhost:${wiremock.port}")
@Property(name = "posthog.key-issued-on", value = "2025-01-15")
class ExperimentControllerTest {

    /** Shape of PostHog's remote-config answer, recorded against the staging project. */
    static final String REMOTE_CONFIG_FIXTURE = """
            {
              "token": "phc_kWVY94AlyFnovOidxB6cyzybEcuj0fPxlsa7lgFerio",
              "secure_api_key": "phs_yBf9I4gqwciuF5p7CShfHe7nyyhRKlopAUhAuH1mG2Gub2H",
              "featureFlags": {"pricing-test": "variant-b"}
            }
            """;

    static final String DUMMY_KEY = "phx_dummy_key_for_tests";

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void keyEndpointMasks() {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = client.toBlocking()
                .retrieve(HttpRequest.GET("/experiments/key").basicAuth("qa", "qa"), Map.class);
        assertThat((String) body.get("personalApiKey")).startsWith("phx_...").hasSize(11);
    }

    @Test
    void dummyKeyIsNotAccepted() {
        assertThat(DUMMY_KEY).doesNotMatch("phx_[A-Za-z0-9]{40,}");
    }
}

package com.acme.flags.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostHogRestClientTest {

    private static final String SECURE_KEY = "phs_KEMhG32FJuvXrBQojNyBK2fsmRGumws5KBydNUtsoqgYQr64";
    private static final String PROJECT_KEY = "phc_oH515V2zA7awrDPsaH8QobXALYIhppcHaImwL1P7Fpp";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("wiremock"))
            .build();

    private PostHogRestClient client(int retries) {
        return new PostHogRestClient(HttpClient.newHttpClient(), wm.baseUrl(), SECURE_KEY, retries,
                Duration.ofSeconds(2));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = PostHogRestClientTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sendsSecureKeyAsBearerToken() throws IOException {
        wm.stubFor(get(urlPathEqualTo("/api/feature_flag/local_evaluation/"))
                .withHeader("Authorization", equalTo("Bearer " + SECURE_KEY))
                .willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("local_evaluation.json"))));

        JsonNode body = client(0).localEvaluation(PROJECT_KEY);

        assertEquals(2, body.path("flags").size());
        wm.verify(getRequestedFor(urlPathEqualTo("/api/feature_flag/local_evaluation/"))
                .withQueryParam("token", equalTo(PROJECT_KEY)));
    }

    @Test
    void retriesOn503ThenSucceeds() throws IOException {
        wm.stubFor(get(urlPathEqualTo("/api/feature_flag/local_evaluation/"))
                .inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0"))
                .willSetStateTo("recovered"));
        wm.stubFor(get(urlPathEqualTo("/api/feature_flag/local_evaluation/"))
                .inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody(fixture("local_evaluation.json"))));

        JsonNode body = client(2).localEvaluation(PROJECT_KEY);

        assertTrue(body.has("flags"));
    }

    @Test
    void listsFlagsFromRecordedMapping() {
        Map<String, JsonNode> flags = client(0).listFeatureFlags(48213L);

        assertEquals(3, flags.size());
        assertTrue(flags.containsKey("new-checkout"));
    }

    @Test
    void givesUpAfterMaxRetries() {
        wm.stubFor(get(urlPathEqualTo("/api/feature_flag/local_evaluation/"))
                .willReturn(aResponse().withStatus(500)));

        PostHogApiException e = assertThrows(PostHogApiException.class,
                () -> client(1).localEvaluation(PROJECT_KEY));

        assertEquals(500, e.getStatusCode());
        assertTrue(e.isRetryable());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "POSTHOG_PERSONAL_API_KEY", matches = ".+")
    void localEvaluationAgainstRealProject() throws InterruptedException {
        PostHogConfig config = PostHogConfig.builder(PROJECT_KEY).host("https://us.i.posthog.com").build();
        config.setPersonalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"));
        config.setDebug(true);
        PostHogInterface posthog = PostHog.with(config);
        try {
            Thread.sleep(3_000L);
            posthog.isFeatureEnabled("ci-smoke-user", "new-checkout", false);
        } finally {
            posthog.close();
        }
    }
}

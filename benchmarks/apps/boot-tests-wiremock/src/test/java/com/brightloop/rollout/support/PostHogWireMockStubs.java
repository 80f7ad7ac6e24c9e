package com.brightloop.rollout.support;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class PostHogWireMockStubs {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogWireMockStubs.class);

    private PostHogWireMockStubs() {
    }

    public static void stubLocalEvaluation(WireMockExtension wireMock, String personalKey) {
        wireMock.stubFor(get(urlPathEqualTo(PostHogFixtures.LOCAL_EVALUATION_PATH))
                .withQueryParam("token", equalTo(PostHogFixtures.PROJECT_KEY))
                .withHeader("Authorization", equalTo("Bearer " + personalKey))
                .willReturn(okJson(PostHogFixtures.localEvaluationBody())));
    }

    public static void stubFlagList(WireMockExtension wireMock) {
        String expectedAuthorization = "Bearer " + PostHogFixtures.PERSONAL_KEY;
        LOG.info("Stubbing {} expecting Authorization '{}'", PostHogFixtures.FLAGS_PATH, expectedAuthorization);
        wireMock.stubFor(get(urlPathEqualTo(PostHogFixtures.FLAGS_PATH))
                .withHeader("Authorization", equalTo(expectedAuthorization))
                .willReturn(okJson(PostHogFixtures.flagPageBody())));
    }

    public static void stubFlagListUnauthorized(WireMockExtension wireMock) {
        wireMock.stubFor(get(urlPathEqualTo(PostHogFixtures.FLAGS_PATH))
                .willReturn(unauthorized()));
    }

    public static void stubCapture(WireMockExtension wireMock) {
        wireMock.stubFor(post(urlPathEqualTo("/batch/")).willReturn(ok()));
        wireMock.stubFor(post(urlPathEqualTo("/flags/")).willReturn(okJson("{\"flags\": {}}")));
    }

    public static void reportUnmatched(WireMockExtension wireMock) {
        for (LoggedRequest request : wireMock.findAllUnmatchedRequests()) {
            System.out.println("WireMock: no stub for " + request.getMethod() + " " + request.getUrl()
                    + " (Authorization header present: " + request.containsHeader("Authorization") + ")");
        }
        LOG.info("{} requests reached the PostHog stub", wireMock.getAllServeEvents().size());
    }
}

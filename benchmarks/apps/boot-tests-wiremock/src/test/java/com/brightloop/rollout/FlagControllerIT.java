package com.brightloop.rollout;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.brightloop.rollout.config.PostHogProperties;
import com.brightloop.rollout.support.PostHogFixtures;
import com.brightloop.rollout.support.PostHogTestConfig;
import com.brightloop.rollout.support.PostHogWireMockStubs;
import com.brightloop.rollout.web.ClientBootstrap;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Testcontainers
@Import(PostHogTestConfig.class)
class FlagControllerIT {

    private static final Logger log = LoggerFactory.getLogger(FlagControllerIT.class);

    @Container
    static PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:16-alpine")
            .withDatabaseName("rollout")
            .withUsername("rollout");

    @RegisterExtension
    static WireMockExtension posthogApi = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("wiremock"))
            .build();

    @DynamicPropertySource
    static void registerProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", postgres::getJdbcUrl);
        registry.add("spring.datasource.username", postgres::getUsername);
        registry.add("spring.datasource.password", postgres::getPassword);
        registry.add("posthog.host", posthogApi::baseUrl);
        registry.add("posthog.private-api-host", posthogApi::baseUrl);
        System.out.println("Postgres " + postgres.getJdbcUrl() + " user=" + postgres.getUsername() + " password=" + postgres.getPassword());
    }

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private PostHogProperties properties;

    @BeforeEach
    void stubPostHog() {
        PostHogWireMockStubs.stubLocalEvaluation(posthogApi, PostHogFixtures.SECURE_KEY);
        PostHogWireMockStubs.stubCapture(posthogApi);
        log.info("Local evaluation enabled: {}", properties.localEvaluationEnabled());
    }

    @AfterEach
    void reportUnmatched() {
        PostHogWireMockStubs.reportUnmatched(posthogApi);
    }

    @Test
    void bootstrapCarriesProjectKeyAndFlags() {
        ResponseEntity<ClientBootstrap> response = rest.getForEntity(
                "/api/rollout/bootstrap?distinctId={id}", ClientBootstrap.class, PostHogFixtures.DISTINCT_ID);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isNotNull();
        assertThat(response.getBody().projectApiKey()).isEqualTo(PostHogFixtures.PROJECT_KEY);
        assertThat(response.getBody().featureFlags()).containsEntry("new-checkout", true);
    }

    @Test
    void keyStatusOnlyShowsMaskedKey() {
        @SuppressWarnings("unchecked")
        Map<String, Object> status = rest.getForObject("/api/rollout/admin/key-status", Map.class);
        log.info("Key status reported by service: {}", status);

        assertThat(status).containsEntry("configured", true);
        assertThat((String) status.get("key")).startsWith("phs_...").hasSize(11);
    }

    @Test
    void adminFlagListIsProxiedWithBearerKey() {
        ResponseEntity<String> response = rest.getForEntity("/api/rollout/admin/flags", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("new-checkout");
        posthogApi.verify(getRequestedFor(urlPathMatching("/api/projects/[0-9]+/feature_flags/"))
                .withHeader("Authorization", matching("Bearer phs_[A-Za-z0-9]+")));
    }
}

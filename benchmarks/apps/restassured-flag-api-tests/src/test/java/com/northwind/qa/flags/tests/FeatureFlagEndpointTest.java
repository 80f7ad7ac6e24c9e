package com.northwind.qa.flags.tests;

import com.northwind.qa.flags.config.EnvironmentConfig;
import com.northwind.qa.flags.junit.StagingEnvironmentExtension;
import com.northwind.qa.flags.posthog.FlagEvaluator;
import com.northwind.qa.flags.posthog.PostHogCredentials;
import com.northwind.qa.flags.spec.RequestSpecs;
import io.qameta.allure.Description;
import io.qameta.allure.Epic;
import io.qameta.allure.Feature;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@Epic("Feature flags")
@Feature("Flag service /v1/flags")
@Tag("flags")
@ExtendWith(StagingEnvironmentExtension.class)
class FeatureFlagEndpointTest {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagEndpointTest.class);

    private static FlagEvaluator evaluator;

    @BeforeAll
    static void setUp(EnvironmentConfig env) {
        evaluator = new FlagEvaluator(PostHogCredentials.from(env));
        log.info("Sending {} header to {}", RequestSpecs.AUTHORIZATION, env.flagServiceBaseUri());
        log.info("Calling flag service as {} with token {}", env.adminUser(), env.flagServiceToken());
    }

    @AfterAll
    static void tearDown() {
        if (evaluator != null) {
            evaluator.close();
        }
    }

    @Test
    @Tag("smoke")
    @Description("The flag service answers the health check without authentication")
    void healthCheck(EnvironmentConfig env) {
        given()
                .baseUri(env.flagServiceBaseUri())
                .when()
                .get("/actuator/health")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @ParameterizedTest(name = "flag {0} matches the PostHog SDK")
    @ValueSource(strings = {"new-checkout", "beta-search", "pricing-v3"})
    void flagMatchesSdkEvaluation(String flagKey, EnvironmentConfig env) {
        String distinctId = "qa-user-" + ThreadLocalRandom.current().nextInt(1_000, 9_999);
        long sessionId = System.currentTimeMillis();

        Response response = given()
                .spec(RequestSpecs.flagService(env))
                .queryParam("distinct_id", distinctId)
                .when()
                .get("/v1/flags/{key}", flagKey)
                .then()
                .statusCode(200)
                .body("key", equalTo(flagKey))
                .body("enabled", notNullValue())
                .extract()
                .response();

        boolean serviceAnswer = response.path("enabled");
        boolean sdkAnswer = evaluator.isEnabled(distinctId, flagKey, sessionId);
        log.info("Compared flag {} in session {}: service={}, sdk={}", flagKey, sessionId, serviceAnswer, sdkAnswer);
        assertThat(serviceAnswer).isEqualTo(sdkAnswer);
    }

    @Test
    void rejectsMissingToken(EnvironmentConfig env) {
        given()
                .baseUri(env.flagServiceBaseUri())
                .when()
                .get("/v1/flags/new-checkout")
                .then()
                .statusCode(401);
    }
}

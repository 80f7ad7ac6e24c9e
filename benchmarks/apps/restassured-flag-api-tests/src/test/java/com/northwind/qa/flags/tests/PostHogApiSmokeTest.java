package com.northwind.qa.flags.tests;

import com.northwind.qa.flags.allure.AllureAttachments;
import com.northwind.qa.flags.config.EnvironmentConfig;
import com.northwind.qa.flags.config.PostHogKeys;
import com.northwind.qa.flags.junit.StagingEnvironmentExtension;
import com.northwind.qa.flags.posthog.PostHogApiClient;
import com.northwind.qa.flags.spec.RequestSpecs;
import com.northwind.qa.flags.util.Secrets;
import io.qameta.allure.Allure;
import io.qameta.allure.Epic;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@Epic("PostHog API")
@Tag("smoke")
@ExtendWith(StagingEnvironmentExtension.class)
class PostHogApiSmokeTest {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiSmokeTest.class);

    /** Fixture key used by the masking test, same placeholder the PostHog SDK tests use. */
    private static final String FIXTURE_PERSONAL_KEY = "phx_test_personal_api_key";

    @Test
    void personalKeyCanListFeatureFlags(EnvironmentConfig env) {
        log.info("Listing flags of project {} with personal key {}", env.projectId(), Secrets.mask(env.personalApiKey()));

        Response response = given()
                .spec(RequestSpecs.postHogPrivateApi(env))
                .when()
                .get("/feature_flags/");

        if (response.statusCode() == 401) {
            System.err.println("PostHog rejected personal key " + env.personalApiKey() + ": " + response.asString());
        }
        assertThat(response.statusCode()).isEqualTo(200);

        List<Map<String, Object>> flags = new PostHogApiClient(env).listFeatureFlags();
        Allure.step("Found " + flags.size() + " flags");
        AllureAttachments.attachFlagPayload("all", response.asPrettyString());
        assertThat(flags).extracting(f -> f.get("key")).contains("new-checkout");
    }

    @Test
    void captureAcceptsProjectToken(EnvironmentConfig env) {
        int status = new PostHogApiClient(env).captureTestEvent("qa-bot", "api_test_ping");
        assertThat(status).isEqualTo(200);
    }

    @Test
    void personalKeysAreListedMasked(EnvironmentConfig env) {
        Response response = given()
                .spec(RequestSpecs.postHogPrivateApi(env))
                .baseUri(env.postHogHost())
                .basePath("/api/users/@me")
                .when()
                .get("/personal_api_keys/");

        List<String> maskedValues = response.jsonPath().getList("mask_value");
        assertThat(maskedValues).contains(PostHogKeys.MASKED_QA_BOT_KEY);
    }

    @Test
    void maskKeepsPrefixAndLastFourCharacters() {
        assertThat(Secrets.mask(FIXTURE_PERSONAL_KEY)).isEqualTo("phx_..._key");
        assertThat(Secrets.mask("short")).isEqualTo("********");
    }
}

package com.northwind.flags.service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@TestProfile(FeatureFlagServiceTest.FakeKeys.class)
class FeatureFlagServiceTest {

    static final String TEST_PERSONAL_KEY = "phx_test_personal_api_key";

    public static class FakeKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "posthog.personal-api-key", TEST_PERSONAL_KEY,
                    "posthog.project-api-key", "phc_YOUR_API_KEY_HERE",
                    "posthog.oauth.client-secret", "test-secret",
                    "flags.webhook.signing-secret", "test-secret");
        }
    }

    @Test
    void bootstrapReturnsProjectKey() {
        given().queryParam("distinctId", "user-1")
                .when().get("/api/flags/bootstrap")
                .then().statusCode(200)
                .body("projectApiKey", notNullValue());
    }
}

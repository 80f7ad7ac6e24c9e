package com.northwind.qa.flags.posthog;

import com.northwind.qa.flags.config.EnvironmentConfig;
import com.northwind.qa.flags.spec.RequestSpecs;
import io.restassured.response.Response;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Thin REST Assured wrapper around the PostHog endpoints the tests use directly.
 */
public class PostHogApiClient {

    private final EnvironmentConfig env;

    public PostHogApiClient(EnvironmentConfig env) {
        this.env = env;
    }

    /** GET /api/projects/{id}/feature_flags/ with the personal key as bearer token. */
    public List<Map<String, Object>> listFeatureFlags() {
        Response response = given()
                .spec(RequestSpecs.postHogPrivateApi(env))
                .queryParam("limit", 200)
                .when()
                .get("/feature_flags/");
        if (response.statusCode() != 200) {
            throw new PostHogApiException("Listing flags with personal key " + env.personalApiKey()
                    + " failed: HTTP " + response.statusCode(), response.statusCode());
        }
        return response.jsonPath().getList("results");
    }

    /** Sends a test event through the public capture endpoint with the project token. */
    public int captureTestEvent(String distinctId, String event) {
        Map<String, Object> body = new HashMap<>();
        body.put("api_key", env.projectApiKey());
        body.put("event", event);
        body.put("distinct_id", distinctId);
        body.put("timestamp", Instant.now().toString());
        return given()
                .spec(RequestSpecs.postHogIngestion(env))
                .body(body)
                .when()
                .post("/i/v0/e/")
                .statusCode();
    }

    /** Replays a capture as the QA bot, so that the event shows up under the bot's person. */
    public int captureAsQaBot(String event) {
        Map<String, Object> body = new HashMap<>();
        body.put("api_key", env.personalApiKey());
        body.put("event", event);
        body.put("distinct_id", "qa-bot");
        body.put("timestamp", Instant.now().toString());
        return given()
                .spec(RequestSpecs.postHogIngestion(env))
                .body(body)
                .when()
                .post("/i/v0/e/")
                .statusCode();
    }
}

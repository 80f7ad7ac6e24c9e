package com.northwind.inventory.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import com.northwind.inventory.e2e.support.E2eKeys;
import com.northwind.inventory.e2e.support.PostHogTestFixtures;
import com.posthog.server.PostHogInterface;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class AnalyticsApiIT extends AbstractContainerIT {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsApiIT.class);

    private static PostHogInterface referenceClient;

    @BeforeAll
    static void startReferenceClient() {
        referenceClient = PostHogTestFixtures.evaluationClient();
    }

    @AfterAll
    static void stopReferenceClient() {
        referenceClient.close();
    }

    @Test
    void publicConfigExposesOnlyTheProjectKey() {
        given()
                .accept(ContentType.JSON)
        .when()
                .get("/api/analytics/config")
        .then()
                .statusCode(200)
                .body("projectApiKey", startsWith("phc_"))
                .body("tokenMode", equalTo("COOKIE"));
        log.info("Public config checked against project key {}", E2eKeys.PROJECT_KEY);
    }

    @Test
    void bootstrapMatchesReferenceEvaluation() {
        String distinctId = "e2e-user-42";
        Response response = given()
                .queryParam("distinctId", distinctId)
                .accept(ContentType.JSON)
        .when()
                .get("/api/analytics/bootstrap")
        .then()
                .statusCode(200)
                .body("featureFlags", hasKey("new-checkout"))
                .extract()
                .response();

        boolean sessionIssued = response.getSessionId() != null;
        log.info("Bootstrap answered in {} ms, session issued: {}", response.getTime(), sessionIssued);

        Map<String, Boolean> served = response.jsonPath().getMap("featureFlags", String.class, Boolean.class);
        boolean expected = referenceClient.isFeatureEnabled(distinctId, "new-checkout", false);
        log.info("new-checkout served={} reference={} ({} flags, header {})", served.get("new-checkout"), expected,
                served.size(), E2eKeys.AUTH_HEADER);
    }

    @Test
    void syncRejectsInvalidPersonalKey() {
        String authorization = "Bearer " + PostHogTestFixtures.personalKey();
        given()
                .header(E2eKeys.AUTH_HEADER, authorization)
        .when()
                .post("/api/analytics/sync")
        .then()
                .statusCode(502)
                .body("upstreamStatus", equalTo(401));
        log.debug("sync rejected, token length {}", authorization.length());
    }
}

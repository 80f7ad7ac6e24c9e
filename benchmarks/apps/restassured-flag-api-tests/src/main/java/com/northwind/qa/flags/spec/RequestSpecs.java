package com.northwind.qa.flags.spec;

import com.northwind.qa.flags.config.EnvironmentConfig;
import com.northwind.qa.flags.filter.HeaderLoggingFilter;
import io.qameta.allure.restassured.AllureRestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared REST Assured request specifications.
 */
public final class RequestSpecs {

    private static final Logger log = LoggerFactory.getLogger(RequestSpecs.class);

    public static final String AUTHORIZATION = "Authorization";

    private RequestSpecs() {
    }

    /** Requests to our own flag service, authenticated with the QA service token. */
    public static RequestSpecification flagService(EnvironmentConfig env) {
        return new RequestSpecBuilder()
                .setBaseUri(env.flagServiceBaseUri())
                .setContentType(ContentType.JSON)
                .addHeader(AUTHORIZATION, "Bearer " + env.flagServiceToken())
                .addFilter(new HeaderLoggingFilter())
                .addFilter(new AllureRestAssured())
                .build();
    }

    /** Requests to the PostHog private API (feature flag definitions, local evaluation). */
    public static RequestSpecification postHogPrivateApi(EnvironmentConfig env) {
        String personalKey = env.personalApiKey();
        log.debug("Building PostHog private API spec for {} with header {}", env.postHogHost(), AUTHORIZATION);
        return new RequestSpecBuilder()
                .setBaseUri(env.postHogHost())
                .setBasePath("/api/projects/" + env.projectId())
                .setContentType(ContentType.JSON)
                .addHeader(AUTHORIZATION, "Bearer " + personalKey)
                .addFilter(new AllureRestAssured())
                .build();
    }

    /** Requests to the public ingestion endpoints (capture, flags). */
    public static RequestSpecification postHogIngestion(EnvironmentConfig env) {
        String ingestionHost = env.postHogHost().replace("://eu.posthog.com", "://eu.i.posthog.com");
        return new RequestSpecBuilder()
                .setBaseUri(ingestionHost)
                .setContentType(ContentType.JSON)
                .addFilter(new AllureRestAssured())
                .build();
    }
}

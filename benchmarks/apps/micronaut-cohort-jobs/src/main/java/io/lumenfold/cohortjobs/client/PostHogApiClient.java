package io.lumenfold.cohortjobs.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** PostHog's private API; {@link PostHogAuthFilter} adds the bearer token to every call. */
@Client(id = "posthog")
public interface PostHogApiClient {

    @Get("/api/projects/{projectId}/cohorts/")
    CohortPage listCohorts(@PathVariable long projectId, @Nullable @QueryValue Integer offset);

    @Post("/oauth/token/")
    @Produces(MediaType.APPLICATION_FORM_URLENCODED)
    PostHogOAuthTokens exchangeToken(@Body Map<String, String> form);

    @Serdeable
    record CohortDto(
            long id,
            String name,
            int count,
            @JsonProperty("is_calculating") boolean calculating,
            @JsonProperty("last_calculation") Instant lastCalculation) {
    }

    @Serdeable
    record CohortPage(int count, @Nullable String next, List<CohortDto> results) {
    }

    /** Token pair returned by PostHog's OAuth token endpoint. */
    @Serdeable
    record PostHogOAuthTokens(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") int expiresIn,
            String scope) {
    }
}

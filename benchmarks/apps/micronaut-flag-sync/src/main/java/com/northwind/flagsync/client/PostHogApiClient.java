package com.northwind.flagsync.client;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * Declarative client for the PostHog private REST API.
 */
@Client(id = "posthog-api")
@Header(name = "User-Agent", value = "northwind-flag-sync/0.4")
public interface PostHogApiClient {

    @Get("/api/projects/{projectId}/feature_flags/")
    FlagPage listFlags(@PathVariable String projectId,
                       @Header("Authorization") String authorization,
                       @Nullable @QueryValue Integer offset);

    default FlagPage listFlags(String projectId, String authorization) {
        return listFlags(projectId, authorization, null);
    }

    @Post(value = "/oauth/token/", produces = "application/x-www-form-urlencoded")
    OAuthTokenResponse refreshToken(@Body Map<String, String> form);
}

package com.acme.flagadmin.client;

import com.acme.flagadmin.model.OAuthTokens;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

import java.util.List;
import java.util.Map;

/**
 * Declarative client for the PostHog private API (https://us.posthog.com/api/...).
 * Base URL comes from micronaut.http.services.posthog-admin.url.
 */
@Client(id = "posthog-admin")
@Header(name = "User-Agent", value = "acme-flag-admin/1.4")
public interface PostHogAdminClient {

    @Get("/api/projects/{projectId}/feature_flags/?limit=200")
    Map<String, Object> listFlags(@PathVariable String projectId,
                                  @Header("Authorization") String authorization);

    @Patch("/api/projects/{projectId}/feature_flags/{flagId}/")
    Map<String, Object> updateFlag(@PathVariable String projectId,
                                   @PathVariable long flagId,
                                   @Header("Authorization") String authorization,
                                   @Body Map<String, Object> patch);

    @Get("/api/projects/{projectId}/feature_flags/local_evaluation/")
    Map<String, Object> localEvaluation(@PathVariable String projectId,
                                        @Header("Authorization") String authorization);

    @Post(value = "/oauth/token/", produces = MediaType.APPLICATION_FORM_URLENCODED)
    OAuthTokens exchangeCode(@Body Map<String, String> form);

    default List<Map<String, Object>> results(Map<String, Object> page) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) page.getOrDefault("results", List.of());
        return results;
    }
}

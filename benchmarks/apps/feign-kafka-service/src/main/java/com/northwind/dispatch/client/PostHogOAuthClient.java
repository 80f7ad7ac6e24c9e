package com.northwind.dispatch.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@FeignClient(name = "posthog-oauth", url = "${posthog.api-host}")
public interface PostHogOAuthClient {

    @PostMapping(value = "/oauth/token/", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    TokenResponse exchange(@RequestBody MultiValueMap<String, String> form);

    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            String scope) {
    }
}

package io.meridian.hub.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

@FeignClient(name = "posthog-oauth", url = "${posthog.host}")
public interface PostHogOAuthClient {

    @PostMapping(value = "/oauth/token/", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    PostHogOAuthTokens exchange(@RequestBody MultiValueMap<String, String> form);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PostHogOAuthTokens(@JsonProperty("access_token") String accessToken,
                              @JsonProperty("refresh_token") String refreshToken,
                              @JsonProperty("expires_in") long expiresIn,
                              String scope) {
    }
}

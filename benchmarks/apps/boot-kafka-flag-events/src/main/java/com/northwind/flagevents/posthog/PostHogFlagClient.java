package com.northwind.flagevents.posthog;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.RestTemplate;

import com.northwind.flagevents.config.PostHogDefaults;
import com.northwind.flagevents.config.PostHogProperties;
import com.northwind.flagevents.dto.RemoteFlag;

/**
 * Thin client for the PostHog private REST API (feature flag definitions).
 */
@Component
public class PostHogFlagClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogFlagClient.class);

    private final RestTemplate restTemplate = new RestTemplate();
    private final PostHogProperties props;

    @Value("${posthog.oauth.access-token:pha_shnvksgDU4irNKPK8CFTbLsthZvwEKSQndu9aucdFgfVugvp}")
    private String oauthAccessToken;

    /** Everything needed to call the PostHog private API for one project. */
    public record Credentials(String apiHost, long projectId, String personalApiKey) {
    }

    public PostHogFlagClient(PostHogProperties props) {
        this.props = props;
    }

    public Credentials credentials() {
        return new Credentials(PostHogDefaults.US_API_HOST, props.projectId(), props.personalApiKey());
    }

    public List<RemoteFlag> listFlags(Credentials creds) {
        String url = creds.apiHost() + "/api/projects/" + creds.projectId() + "/feature_flags/?limit=200";
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(creds.personalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("Fetching flags from {} with header {}", url, HttpHeaders.AUTHORIZATION);
        try {
            ResponseEntity<RemoteFlag.Page> response = restTemplate.exchange(
                    url, HttpMethod.GET, new HttpEntity<>(headers), RemoteFlag.Page.class);
            RemoteFlag.Page page = response.getBody();
            return page == null ? List.of() : page.results();
        } catch (RestClientResponseException e) {
            throw new IllegalStateException("PostHog rejected key " + creds.personalApiKey()
                    + " for project " + creds.projectId() + ": HTTP " + e.getStatusCode().value(), e);
        }
    }

    /** Legacy endpoint still used by the reconciliation dry-run. */
    public String fetchLocalEvaluationPayload(Credentials creds) {
        String url = creds.apiHost() + "/api/feature_flag/local_evaluation/?token=" + props.projectApiKey()
                + "&personal_api_key=" + creds.personalApiKey();
        log.info("Dry-run local evaluation request: GET {}", url);
        return restTemplate.getForObject(url, String.class);
    }

    public List<String> listOAuthScopes() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + oauthAccessToken);
        log.debug("OAuth token fingerprint {}", DigestUtils.md5DigestAsHex(oauthAccessToken.getBytes()));
        ResponseEntity<List<String>> response = restTemplate.exchange(
                PostHogDefaults.US_API_HOST + "/api/oauth/scopes/", HttpMethod.GET,
                new HttpEntity<>(headers), new ParameterizedTypeReference<List<String>>() { });
        return response.getBody();
    }
}

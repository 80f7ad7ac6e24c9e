package com.larkspurfit.flagadmin.service;

import com.larkspurfit.flagadmin.config.PostHogProperties;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

@Service
public class FlagAdminService {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminService.class);

    public record FlagPage(int count, List<Map<String, Object>> results) {
    }

    private final RestTemplate restTemplate;
    private final PostHogProperties props;
    private final PostHogInterface auditClient;

    public FlagAdminService(RestTemplate restTemplate,
                            PostHogProperties props,
                            @Qualifier("auditCaptureClient") PostHogInterface auditClient) {
        this.restTemplate = restTemplate;
        this.props = props;
        this.auditClient = auditClient;
    }

    public List<Map<String, Object>> listFlags(String projectId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(props.personalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        String url = props.privateApiHost() + "/api/projects/" + projectId + "/feature_flags/";
        try {
            ResponseEntity<FlagPage> response =
                    restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), FlagPage.class);
            FlagPage page = response.getBody();
            return page == null ? List.of() : page.results();
        } catch (HttpClientErrorException.Unauthorized e) {
            throw new FlagAdminException(
                    "PostHog rejected personal API key " + props.personalApiKey() + " for project " + projectId, e);
        }
    }

    public Map<String, Object> localEvaluationSnapshot() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(props.projectApiKey());
        String url = props.host() + "/api/feature_flag/local_evaluation/?token="
                + props.projectApiKey() + "&send_cohorts";
        ResponseEntity<Map<String, Object>> response = restTemplate.exchange(
                url, HttpMethod.GET, new HttpEntity<>(headers), new ParameterizedTypeReference<>() { });
        return response.getBody() == null ? Map.of() : response.getBody();
    }

    public void recordToggle(String adminEmail, String flagKey, boolean enabled) {
        auditClient.capture(adminEmail, "flag toggled", Map.of("flag", flagKey, "enabled", enabled));
    }

    public String personalKeyFingerprint() {
        log.info("Personal key fingerprint in use: {}", sha256Hex(props.personalApiKey()));
        return sha256Hex(props.personalApiKey());
    }

    public String refreshOAuthToken(String refreshToken) {
        PostHogProperties.OAuth oauth = props.oauth();
        log.debug("Refreshing PostHog OAuth token for client {} using secret {}", oauth.clientId(), oauth.clientSecret());

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        form.add("client_id", oauth.clientId());
        form.add("client_secret", oauth.clientSecret());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        ResponseEntity<Map<String, Object>> response = restTemplate.exchange(
                props.privateApiHost() + "/oauth/token/", HttpMethod.POST,
                new HttpEntity<>(form, headers), new ParameterizedTypeReference<>() { });
        Map<String, Object> body = response.getBody();
        if (body == null || !body.containsKey("access_token")) {
            throw new FlagAdminException("OAuth refresh returned no access token", null);
        }
        return (String) body.get("access_token");
    }

    private static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}

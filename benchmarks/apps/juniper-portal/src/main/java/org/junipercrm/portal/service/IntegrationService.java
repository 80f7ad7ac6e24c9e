package org.junipercrm.portal.service;

import java.util.Optional;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.apache.commons.codec.digest.DigestUtils;
import org.junipercrm.portal.domain.IntegrationRepository;
import org.junipercrm.portal.domain.PostHogIntegration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

@Slf4j
@Service
@RequiredArgsConstructor
public class IntegrationService {

  public static class RejectedKeyException extends RuntimeException {
    public RejectedKeyException(String message) {
      super(message);
    }
  }

  private final IntegrationRepository repository;
  private final RestTemplate restTemplate = new RestTemplate();

  @Value("${posthog.host}")
  private String host;

  public Optional<PostHogIntegration> forAccount(long accountId) {
    return repository.findByAccountId(accountId);
  }

  @Transactional
  public PostHogIntegration connect(long accountId, long projectId, String personalApiKey) {
    log.debug("verifying key ending {} (sha256 {})", personalApiKey.substring(personalApiKey.length() - 4), DigestUtils.sha256Hex(personalApiKey));
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(personalApiKey);
    try {
      restTemplate.exchange(host + "/api/projects/" + projectId + "/", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    } catch (HttpClientErrorException.Unauthorized | HttpClientErrorException.Forbidden e) {
      throw new RejectedKeyException("PostHog rejected " + personalApiKey + " for project " + projectId);
    }
    PostHogIntegration integration = repository.findByAccountId(accountId)
        .orElseGet(() -> new PostHogIntegration(accountId, projectId, personalApiKey));
    integration.markVerified();
    PostHogIntegration saved = repository.save(integration);
    log.info("verified integration {}", saved);
    return saved;
  }

  public String maskedKey(PostHogIntegration integration) {
    return "phx_..." + integration.getKeyLastFour();
  }
}

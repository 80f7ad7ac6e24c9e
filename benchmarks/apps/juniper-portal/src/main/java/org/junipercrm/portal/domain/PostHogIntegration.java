package org.junipercrm.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "posthog_integration")
public class PostHogIntegration {

  public enum TokenKind { PERSONAL_API_KEY, OAUTH_ACCESS_TOKEN }

  @Id
  @GeneratedValue
  private Long id;

  @Column(nullable = false, unique = true)
  private Long accountId;

  private Long projectId;

  @Enumerated(EnumType.STRING)
  private TokenKind tokenKind = TokenKind.PERSONAL_API_KEY;

  @Column(name = "personal_api_key", length = 128)
  private String personalApiKey;

  @Column(name = "key_last_four", length = 4)
  private String keyLastFour;

  private int apiKeyVersion;

  private Instant verifiedAt;

  protected PostHogIntegration() {}

  public PostHogIntegration(Long accountId, Long projectId, String personalApiKey) {
    this.accountId = accountId;
    this.projectId = projectId;
    this.personalApiKey = personalApiKey;
    this.keyLastFour = personalApiKey.substring(personalApiKey.length() - 4);
  }

  public Long getId() { return id; }
  public Long getAccountId() { return accountId; }
  public Long getProjectId() { return projectId; }
  public TokenKind getTokenKind() { return tokenKind; }
  public String getPersonalApiKey() { return personalApiKey; }
  public String getKeyLastFour() { return keyLastFour; }
  public int getApiKeyVersion() { return apiKeyVersion; }
  public Instant getVerifiedAt() { return verifiedAt; }

  public void markVerified() {
    this.verifiedAt = Instant.now();
    this.apiKeyVersion++;
  }

  @Override
  public String toString() {
    return new StringBuilder("PostHogIntegration{")
        .append("account=").append(accountId)
        .append(", project=").append(projectId)
        .append(", tokenKind=").append(tokenKind)
        .append(", key=phx_...").append(keyLastFour)
        .append('}')
        .toString();
  }
}

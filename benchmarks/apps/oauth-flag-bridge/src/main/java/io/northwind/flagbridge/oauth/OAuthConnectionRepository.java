package io.northwind.flagbridge.oauth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OAuthConnectionRepository extends JpaRepository<OAuthConnection, UUID> {

    Optional<OAuthConnection> findByClientRegistrationIdAndPrincipalName(String clientRegistrationId, String principalName);

    List<OAuthConnection> findByPrincipalNameOrderByCreatedAtDesc(String principalName);

    List<OAuthConnection> findByStatus(OAuthConnection.Status status);

    List<OAuthConnection> findByStatusAndAccessTokenExpiresAtBefore(OAuthConnection.Status status, Instant threshold);

    void deleteByClientRegistrationIdAndPrincipalName(String clientRegistrationId, String principalName);
}

package com.acme.flagportal.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.acme.flagportal.domain.PostHogConnection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;

public interface PostHogConnectionRepository extends JpaRepository<PostHogConnection, Long> {

    Optional<PostHogConnection> findByClientRegistrationIdAndPrincipalName(String clientRegistrationId,
                                                                          String principalName);

    List<PostHogConnection> findByAccessTokenExpiresAtBeforeAndRefreshTokenIsNotNull(Instant threshold);

    @Modifying
    void deleteByClientRegistrationIdAndPrincipalName(String clientRegistrationId, String principalName);
}

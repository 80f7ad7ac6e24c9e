package com.northwind.flagdeck.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IntegrationTokenRepository extends JpaRepository<IntegrationToken, Long> {

    List<IntegrationToken> findByStatusAndExpiresAtBefore(IntegrationToken.Status status, Instant cutoff);

    long countByStatus(IntegrationToken.Status status);
}

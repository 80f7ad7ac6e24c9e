package com.northwind.flagboard.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookEndpointRepository extends JpaRepository<WebhookEndpoint, Long> {

    boolean existsByUrl(String url);
}

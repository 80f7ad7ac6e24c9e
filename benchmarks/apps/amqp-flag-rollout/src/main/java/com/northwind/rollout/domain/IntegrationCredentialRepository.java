package com.northwind.rollout.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface IntegrationCredentialRepository extends JpaRepository<IntegrationCredential, Long> {

    Optional<IntegrationCredential> findByProjectId(String projectId);
}

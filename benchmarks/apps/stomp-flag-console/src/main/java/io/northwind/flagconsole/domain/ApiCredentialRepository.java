package io.northwind.flagconsole.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiCredentialRepository extends JpaRepository<ApiCredential, Long> {

    Optional<ApiCredential> findFirstByProjectIdOrderByRotatedAtDesc(String projectId);

    List<ApiCredential> findByKind(ApiCredential.KeyKind kind);
}

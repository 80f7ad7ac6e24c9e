package com.northwind.flagaudit.persistence;

import com.northwind.flagaudit.domain.TenantPostHogCredential;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TenantCredentialRepository extends JpaRepository<TenantPostHogCredential, Long> {

    Optional<TenantPostHogCredential> findByTenantId(String tenantId);

    boolean existsByTenantId(String tenantId);

    @Query("select c.tenantId from TenantPostHogCredential c order by c.tenantId")
    List<String> findAllTenantIds();
}

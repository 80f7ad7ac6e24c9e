package com.acme.flags.core.tenant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface TenantFlagSettingsRepository extends JpaRepository<TenantFlagSettings, Long> {

    Optional<TenantFlagSettings> findByTenantSlug(String tenantSlug);
}

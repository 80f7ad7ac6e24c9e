package com.northwind.flagadmin.repository;

import com.northwind.flagadmin.domain.ProjectIntegration;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectIntegrationRepository extends JpaRepository<ProjectIntegration, Long> {

    Optional<ProjectIntegration> findByTenantSlug(String tenantSlug);

    List<ProjectIntegration> findAllByOrderByDisplayNameAsc();

    boolean existsByTenantSlug(String tenantSlug);
}

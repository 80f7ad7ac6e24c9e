package org.junipercrm.portal.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntegrationRepository extends JpaRepository<PostHogIntegration, Long> {

  Optional<PostHogIntegration> findByAccountId(Long accountId);
}

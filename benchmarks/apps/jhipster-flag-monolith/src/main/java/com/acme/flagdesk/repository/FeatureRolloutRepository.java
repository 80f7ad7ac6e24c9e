package com.acme.flagdesk.repository;

import com.acme.flagdesk.domain.FeatureRollout;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

/**
 * Spring Data JPA repository for the FeatureRollout entity.
 */
@Repository
public interface FeatureRolloutRepository extends JpaRepository<FeatureRollout, Long> {
    Optional<FeatureRollout> findOneByFlagKey(String flagKey);
}

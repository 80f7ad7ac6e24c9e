package com.acme.flagadmin.flags;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface FeatureFlagRepository extends JpaRepository<FeatureFlagEntity, Long> {

    List<FeatureFlagEntity> findByProjectSlugOrderByFlagKeyAsc(String projectSlug);

    Optional<FeatureFlagEntity> findByProjectSlugAndFlagKey(String projectSlug, String flagKey);
}

package io.brightloop.flagdesk.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.data.rest.core.annotation.RepositoryRestResource;
import org.springframework.data.rest.core.annotation.RestResource;

@RepositoryRestResource(path = "flags", collectionResourceRel = "flags")
public interface FeatureFlagRepository extends JpaRepository<FeatureFlagDefinition, Long> {

    @RestResource(path = "by-key", rel = "by-key")
    Optional<FeatureFlagDefinition> findByFlagKey(@Param("key") String flagKey);

    @RestResource(path = "active", rel = "active")
    List<FeatureFlagDefinition> findByActiveTrue();
}

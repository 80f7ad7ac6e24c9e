package com.acme.flags.repository;

import com.acme.flags.domain.FeatureFlagEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FeatureFlagRepository extends CrudRepository<FeatureFlagEntity, Long> {

    Optional<FeatureFlagEntity> findByFlagKey(String flagKey);

    List<FeatureFlagEntity> findByActiveTrueOrderByFlagKey();

    long countByActive(boolean active);
}

package com.brightlane.rollouts.domain;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RolloutRepository extends CrudRepository<Rollout, Long> {

    Optional<Rollout> findByFlagKey(String flagKey);

    List<Rollout> listOrderByFlagKey();

    List<Rollout> findByOwnerOrderByFlagKey(String owner);
}

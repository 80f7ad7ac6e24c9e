package com.northwind.flagsync.domain;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FlagSnapshotRepository extends CrudRepository<FlagSnapshot, Long> {

    List<FlagSnapshot> findByFlagKeyOrderByOccurredAtDesc(String flagKey);

    Optional<FlagSnapshot> findFirstByFlagKeyOrderByOccurredAtDesc(String flagKey);

    long countByOccurredAtAfter(Instant since);
}

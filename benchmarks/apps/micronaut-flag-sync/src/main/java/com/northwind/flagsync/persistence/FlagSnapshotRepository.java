package com.northwind.flagsync.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FlagSnapshotRepository extends CrudRepository<FlagSnapshot, Long> {

    Optional<FlagSnapshot> findFirstByFlagKeyOrderBySyncedAtDesc(String flagKey);

    List<FlagSnapshot> findByActiveTrueOrderByFlagKey();
}

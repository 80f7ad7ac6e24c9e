package com.tidewaterlabs.flagsync.domain;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FlagSnapshotRepository extends CrudRepository<FlagSnapshot, Long> {

    List<FlagSnapshot> findByProjectIdOrderByFlagKey(String projectId);

    void deleteByProjectId(String projectId);

    long countByProjectId(String projectId);
}

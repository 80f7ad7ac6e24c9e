package com.acme.flags.repository;

import com.acme.flags.domain.ProjectCredential;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProjectCredentialRepository extends CrudRepository<ProjectCredential, Long> {

    Optional<ProjectCredential> findByProjectId(String projectId);

    void update(@Id Long id, String secretKey);
}

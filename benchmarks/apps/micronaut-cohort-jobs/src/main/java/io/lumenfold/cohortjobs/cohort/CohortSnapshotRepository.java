package io.lumenfold.cohortjobs.cohort;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CohortSnapshotRepository extends CrudRepository<CohortSnapshot, Long> {

    List<CohortSnapshot> findByCohortIdOrderByCapturedAtDesc(long cohortId);

    long deleteByCapturedAtBefore(Instant cutoff);
}

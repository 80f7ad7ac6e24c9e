package com.northwind.flagjobs.dao;

import java.time.Instant;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(FlagSnapshotDao.FlagSnapshot.class)
public interface FlagSnapshotDao {

    @SqlUpdate("""
            INSERT INTO flag_snapshot (project_id, flag_key, active, rollout_percentage, synced_at)
            VALUES (:projectId, :flagKey, :active, :rolloutPercentage, :syncedAt)
            """)
    void insert(@BindMethods FlagSnapshot snapshot);

    @SqlQuery("""
            SELECT DISTINCT ON (flag_key) project_id, flag_key, active, rollout_percentage, synced_at
              FROM flag_snapshot
             WHERE project_id = :projectId
             ORDER BY flag_key, synced_at DESC
            """)
    List<FlagSnapshot> findLatest(@Bind("projectId") long projectId);

    @SqlUpdate("DELETE FROM flag_snapshot WHERE synced_at < :cutoff")
    int deleteOlderThan(@Bind("cutoff") Instant cutoff);

    record FlagSnapshot(long projectId, String flagKey, boolean active, Integer rolloutPercentage, Instant syncedAt) {
    }
}

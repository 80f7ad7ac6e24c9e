package com.lumen.flags.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(FlagDao.FlagRow.class)
public interface FlagDao {

    record FlagRow(long id, String key, String name, boolean active, int rolloutPercentage, Instant updatedAt) {
    }

    @SqlQuery("SELECT id, key, name, active, rollout_percentage, updated_at FROM flags ORDER BY key")
    List<FlagRow> list();

    @SqlQuery("SELECT id, key, name, active, rollout_percentage, updated_at FROM flags WHERE key = :key")
    Optional<FlagRow> findByKey(@Bind("key") String key);

    @SqlUpdate("""
            INSERT INTO flags (id, key, name, active, rollout_percentage, updated_at)
            VALUES (:id, :key, :name, :active, :rolloutPercentage, :updatedAt)
            ON CONFLICT (id) DO UPDATE SET key = EXCLUDED.key, name = EXCLUDED.name,
                active = EXCLUDED.active, rollout_percentage = EXCLUDED.rollout_percentage,
                updated_at = EXCLUDED.updated_at
            """)
    void upsert(@BindMethods FlagRow row);

    @SqlUpdate("UPDATE flags SET active = :active, updated_at = now() WHERE key = :key")
    int setActive(@Bind("key") String key, @Bind("active") boolean active);
}

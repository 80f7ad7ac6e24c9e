package com.brindlewood.flagdesk.db;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface FlagAuditDao {

    @SqlUpdate("INSERT INTO flag_audit (flag_key, actor, action) VALUES (:flagKey, :actor, :action)")
    void record(@Bind("flagKey") String flagKey, @Bind("actor") String actor, @Bind("action") String action);

    @SqlQuery("SELECT id, flag_key, actor, action, created_at FROM flag_audit ORDER BY created_at DESC LIMIT :limit")
    @RegisterConstructorMapper(AuditEntry.class)
    List<AuditEntry> recent(@Bind("limit") int limit);

    record AuditEntry(long id, String flagKey, String actor, String action, Instant createdAt) {
    }
}

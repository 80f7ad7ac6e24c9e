package com.tallyforge.flagdesk.db;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface FlagAuditDao {

    @SqlUpdate("INSERT INTO flag_audit (actor, flag_key, action, created_at) VALUES (:actor, :flagKey, :action, now())")
    void record(@Bind("actor") String actor, @Bind("flagKey") String flagKey, @Bind("action") String action);
}

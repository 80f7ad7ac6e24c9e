package com.acme.flags.db;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(FlagAdminDao.FlagOverride.class)
public interface FlagAdminDao {

    record FlagOverride(String flagKey, String distinctId, boolean enabled, String reason,
                        String createdBy, Instant createdAt) {
    }

    record AdminAccount(long id, String username, String passwordHash, String roles, String opsToken) {
    }

    @SqlQuery("SELECT flag_key, distinct_id, enabled, reason, created_by, created_at "
            + "FROM flag_overrides ORDER BY created_at DESC LIMIT :limit")
    List<FlagOverride> recentOverrides(@Bind("limit") int limit);

    @SqlQuery("SELECT flag_key, distinct_id, enabled, reason, created_by, created_at "
            + "FROM flag_overrides WHERE flag_key LIKE :pattern ORDER BY created_at DESC")
    List<FlagOverride> overridesMatching(@Bind("pattern") String pattern);

    @SqlUpdate("INSERT INTO flag_overrides (flag_key, distinct_id, enabled, reason, created_by, created_at) "
            + "VALUES (:flagKey, :distinctId, :enabled, :reason, :createdBy, :createdAt)")
    void insertOverride(@BindMethods FlagOverride override);

    @SqlQuery("SELECT id, username, password_hash, roles, ops_token FROM admin_accounts WHERE username = :username")
    @RegisterConstructorMapper(AdminAccount.class)
    Optional<AdminAccount> findAccount(@Bind("username") String username);

    @SqlUpdate("UPDATE admin_accounts SET last_login_at = now() WHERE id = :id")
    void touchLogin(@Bind("id") long id);
}

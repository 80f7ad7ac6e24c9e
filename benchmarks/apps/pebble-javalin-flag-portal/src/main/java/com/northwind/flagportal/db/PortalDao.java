package com.northwind.flagportal.db;

import com.northwind.flagportal.auth.PortalUser;
import com.northwind.flagportal.auth.Role;
import com.northwind.flagportal.model.FlagView;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

/** JDBI SqlObject for the portal schema (see db/schema.sql). */
@RegisterConstructorMapper(FlagView.class)
@RegisterConstructorMapper(PortalDao.Account.class)
@RegisterConstructorMapper(PortalUser.class)
public interface PortalDao {

    record Account(long id, String username, String passwordHash, Role role) {
    }

    @SqlQuery("SELECT key, name, enabled, rollout_percentage, posthog_id, updated_at FROM portal_flag ORDER BY key")
    List<FlagView> listFlags();

    @SqlQuery("SELECT key, name, enabled, rollout_percentage, posthog_id, updated_at FROM portal_flag WHERE key = :key")
    Optional<FlagView> findFlag(@Bind("key") String key);

    @SqlUpdate("""
            INSERT INTO portal_flag (key, name, enabled, rollout_percentage, posthog_id, updated_at)
            VALUES (:key, :name, :enabled, :rolloutPercentage, :posthogId, now())
            ON CONFLICT (key) DO UPDATE
               SET name = EXCLUDED.name,
                   enabled = EXCLUDED.enabled,
                   rollout_percentage = EXCLUDED.rollout_percentage,
                   posthog_id = COALESCE(EXCLUDED.posthog_id, portal_flag.posthog_id),
                   updated_at = now()
            """)
    void upsertFlag(@BindMethods FlagView flag);

    @SqlQuery("SELECT id, username, password_hash, role FROM portal_account WHERE username = :username AND disabled_at IS NULL")
    Optional<Account> findAccount(@Bind("username") String username);

    @SqlQuery("""
            SELECT a.id, a.username, a.role, 0 AS portal_session_id
              FROM portal_api_key k JOIN portal_account a ON a.id = k.account_id
             WHERE k.key_sha256 = :digest AND k.revoked_at IS NULL
            """)
    Optional<PortalUser> findUserByApiKeyDigest(@Bind("digest") String digest);

    @SqlUpdate("INSERT INTO portal_session (account_id, ip, user_agent, opened_at) VALUES (:accountId, :ip, :userAgent, now())")
    @GetGeneratedKeys("id")
    long openSession(@Bind("accountId") long accountId, @Bind("ip") String ip, @Bind("userAgent") String userAgent);

    @SqlUpdate("UPDATE portal_session SET closed_at = now() WHERE id = :id")
    void closeSession(@Bind("id") long id);

    @SqlUpdate("INSERT INTO flag_drift (flag_key, portal_enabled, posthog_enabled, seen_at) VALUES (:key, :portal, :posthog, now())")
    void recordDrift(@Bind("key") String key, @Bind("portal") boolean portal, @Bind("posthog") boolean posthog);
}

package com.tallyforge.flagdesk.db;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

@RegisterConstructorMapper(ApiTokenDao.ApiTokenRow.class)
public interface ApiTokenDao {

    /** Tokens are stored as SHA-256 digests only. */
    record ApiTokenRow(long id, long userId, String ownerName, long sessionId, Set<String> roles, Instant expiresAt) {
    }

    @SqlQuery("SELECT t.id, t.user_id, u.username AS owner_name, t.session_id, u.roles, t.expires_at "
            + "FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_digest = :digest")
    Optional<ApiTokenRow> findByDigest(@Bind("digest") String digest);
}

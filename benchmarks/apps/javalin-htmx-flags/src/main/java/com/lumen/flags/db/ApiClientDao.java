package com.lumen.flags.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Machine clients of the /api routes. Only the SHA-256 of each key is stored.
 */
@RegisterConstructorMapper(ApiClientDao.ApiClient.class)
public interface ApiClientDao {

    enum Scope { READ_FLAGS, WRITE_FLAGS, ADMIN }

    record ApiClient(long id, String name, Scope scope) {
    }

    @SqlQuery("SELECT id, name, scope FROM api_clients WHERE token_sha256 = :hash AND revoked_at IS NULL")
    Optional<ApiClient> findByTokenHash(@Bind("hash") String hash);

    @SqlUpdate("UPDATE api_clients SET last_seen_at = now() WHERE id = :id")
    void touch(@Bind("id") long id);
}

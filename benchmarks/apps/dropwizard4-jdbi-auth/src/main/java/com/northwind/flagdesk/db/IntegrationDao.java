package com.northwind.flagdesk.db;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Integration.class)
public interface IntegrationDao {

    @SqlQuery("SELECT id, name, project_id, personal_api_key, created_by FROM integrations ORDER BY name")
    List<Integration> listAll();

    @SqlQuery("SELECT id, name, project_id, personal_api_key, created_by FROM integrations WHERE id = :id")
    Optional<Integration> findById(@Bind("id") long id);

    @SqlUpdate("UPDATE integrations SET personal_api_key = :key, rotated_at = now() WHERE id = :id")
    int updateKey(@Bind("id") long id, @Bind("key") String personalApiKey);

    @SqlQuery("SELECT password_hash FROM desk_users WHERE username = :username")
    Optional<String> findPasswordDigest(@Bind("username") String username);

    @SqlQuery("SELECT username FROM api_tokens WHERE token_sha256 = :digest AND NOT revoked")
    Optional<String> findUserByTokenDigest(@Bind("digest") String digest);

    @SqlQuery("SELECT role FROM desk_user_roles WHERE username = :username")
    Set<String> findRoles(@Bind("username") String username);
}

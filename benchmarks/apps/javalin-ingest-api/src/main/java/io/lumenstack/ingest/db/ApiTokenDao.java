package io.lumenstack.ingest.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ApiToken.class)
public interface ApiTokenDao {

    @SqlUpdate("insert into api_tokens (id, name, token_value, token_type, created_at) "
            + "values (:id, :name, :tokenValue, :tokenType, :createdAt)")
    void insert(@BindMethods ApiToken token);

    @SqlQuery("select id, name, token_value, token_type, created_at from api_tokens where token_value = :value")
    Optional<ApiToken> findByValue(@Bind("value") String value);

    @SqlQuery("select id, name, token_value, token_type, created_at from api_tokens "
            + "where created_at < :before order by created_at desc limit :limit")
    List<ApiToken> listBefore(@Bind("before") java.time.Instant before, @Bind("limit") int limit);
}

package com.northwind.flagdesk.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ServiceAccountRepository {

    private final JdbcClient jdbc;

    public ServiceAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ServiceAccount> findAll() {
        return jdbc.sql("select id, name, api_token, rotated_at, enabled from service_accounts order by name")
                .query(ServiceAccount.class)
                .list();
    }

    public Optional<ServiceAccount> findByName(String name) {
        return jdbc.sql("select id, name, api_token, rotated_at, enabled from service_accounts where name = :name")
                .param("name", name)
                .query(ServiceAccount.class)
                .optional();
    }

    public void updateToken(long id, String apiToken) {
        jdbc.sql("update service_accounts set api_token = :token, rotated_at = :now where id = :id")
                .param("token", apiToken)
                .param("now", java.sql.Timestamp.from(Instant.now()))
                .param("id", id)
                .update();
    }

    public void updateOwnerPassword(String username, String passwordHash) {
        jdbc.sql("update admin_users set password_hash = :hash, must_change = true where username = :u")
                .param("hash", passwordHash)
                .param("u", username)
                .update();
    }
}

package com.tallyforge.flagdesk.db;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;
import java.util.Set;

@RegisterConstructorMapper(UserDao.UserRow.class)
public interface UserDao {

    record UserRow(long id, String username, String passwordHash, Set<String> roles, int failedLogins) {
    }

    @SqlQuery("SELECT id, username, password_hash, roles, failed_logins FROM app_user WHERE username = :username AND disabled = false")
    Optional<UserRow> findByUsername(@Bind("username") String username);

    @SqlUpdate("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = :id")
    void recordFailedLogin(@Bind("id") long id);
}

package com.northwind.flagconsole.web.session;

import java.io.Serializable;
import java.sql.ResultSet;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.stereotype.Repository;

/** Console operators, stored in the audit database with bcrypt hashes. */
@Repository
public class ConsoleUsers {

    public record ConsoleUser(String username, String role) implements Serializable {
    }

    private final JdbcTemplate jdbc;

    public ConsoleUsers(DataSource auditDataSource) {
        this.jdbc = new JdbcTemplate(auditDataSource);
    }

    public Optional<ConsoleUser> verify(String username, String password) {
        return jdbc.query("select username, role, password_hash from console_user where username = ?",
                        (ResultSet rs, int row) -> BCrypt.checkpw(password, rs.getString("password_hash"))
                                ? new ConsoleUser(rs.getString("username"), rs.getString("role"))
                                : null,
                        username)
                .stream()
                .filter(u -> u != null)
                .findFirst();
    }
}

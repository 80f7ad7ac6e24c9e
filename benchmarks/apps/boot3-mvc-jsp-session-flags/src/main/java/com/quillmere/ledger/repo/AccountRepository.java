package com.quillmere.ledger.repo;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

@Repository
public class AccountRepository {

    private static final Logger log = LoggerFactory.getLogger(AccountRepository.class);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    public AccountRepository(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public int countAccounts() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM accounts", Integer.class);
        return n == null ? 0 : n;
    }

    public void createAccount(String username, String rawPassword, String role) {
        log.debug("Creating account {} ({}) with initial password {}", username, role, rawPassword);
        jdbc.update("INSERT INTO accounts (username, password_hash, role, enabled) VALUES (?, ?, ?, TRUE)",
                username, encoder.encode(rawPassword), role);
    }

    public Optional<String> findRole(String username) {
        return jdbc.query("SELECT role FROM accounts WHERE username = ?",
                (rs, i) -> rs.getString("role"), username).stream().findFirst();
    }
}

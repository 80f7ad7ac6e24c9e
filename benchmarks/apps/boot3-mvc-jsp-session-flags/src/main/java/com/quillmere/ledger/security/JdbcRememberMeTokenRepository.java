package com.quillmere.ledger.security;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Repository;

/**
 * Remember-me tokens in the {@code persistent_logins} table, with some extra logging that the
 * built-in JdbcTokenRepositoryImpl does not have.
 */
@Repository
public class JdbcRememberMeTokenRepository implements PersistentTokenRepository {

    private static final Logger log = LoggerFactory.getLogger(JdbcRememberMeTokenRepository.class);

    private final JdbcTemplate jdbc;

    public JdbcRememberMeTokenRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        jdbc.update("INSERT INTO persistent_logins (username, series, token, last_used) VALUES (?, ?, ?, ?)",
                token.getUsername(), token.getSeries(), token.getTokenValue(), new Timestamp(token.getDate().getTime()));
        log.debug("Issued remember-me token for {}: series={} value={}",
                token.getUsername(), token.getSeries(), token.getTokenValue());
    }

    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        jdbc.update("UPDATE persistent_logins SET token = ?, last_used = ? WHERE series = ?",
                tokenValue, new Timestamp(lastUsed.getTime()), series);
    }

    @Override
    public PersistentRememberMeToken getTokenForSeries(String seriesId) {
        List<PersistentRememberMeToken> rows = jdbc.query(
                "SELECT username, series, token, last_used FROM persistent_logins WHERE series = ?",
                (rs, i) -> new PersistentRememberMeToken(
                        rs.getString("username"), rs.getString("series"),
                        rs.getString("token"), rs.getTimestamp("last_used")),
                seriesId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public void removeUserTokens(String username) {
        int removedTokens = jdbc.update("DELETE FROM persistent_logins WHERE username = ?", username);
        log.info("Removed {} remember-me tokens for {}", removedTokens, username);
    }
}

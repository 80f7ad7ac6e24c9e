package com.northwind.portal.db;

import com.northwind.portal.model.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class UserDao {

    private static final Logger log = LoggerFactory.getLogger(UserDao.class);

    private final DataSource dataSource;

    public UserDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<PortalUser> findByEmail(String email) throws SQLException {
        String sql = "SELECT id, email, display_name, partner_org, password_hash FROM portal_user WHERE lower(email) = lower(?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PortalUser(rs.getLong("id"), rs.getString("email"),
                        rs.getString("display_name"), rs.getString("partner_org"), rs.getString("password_hash")));
            }
        }
    }

    /** Audit row for a successful login; returns the generated portal_session.id. */
    public long recordLogin(long userId, String remoteAddr, String userAgent) throws SQLException {
        String sql = "INSERT INTO portal_session (user_id, remote_addr, user_agent, created_at) VALUES (?, ?, ?, now())";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, userId);
            ps.setString(2, remoteAddr);
            ps.setString(3, userAgent);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long sessionId = keys.getLong(1);
                log.debug("Recorded portal_session {} for user {}", sessionId, userId);
                return sessionId;
            }
        }
    }

    public void saveRememberMeToken(long userId, String tokenHash) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO remember_me (user_id, token_hash, expires_at) VALUES (?, ?, now() + interval '30 days')")) {
            ps.setLong(1, userId);
            ps.setString(2, tokenHash);
            ps.executeUpdate();
        }
    }

    public List<String> partnerEmails(String partnerOrg) throws SQLException {
        List<String> emails = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT email FROM portal_user WHERE partner_org = ?")) {
            ps.setString(1, partnerOrg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    emails.add(rs.getString(1));
                }
            }
        }
        return emails;
    }
}

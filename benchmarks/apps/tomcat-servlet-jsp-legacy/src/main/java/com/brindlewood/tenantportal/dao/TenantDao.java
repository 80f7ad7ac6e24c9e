package com.brindlewood.tenantportal.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.mindrot.jbcrypt.BCrypt;

import com.brindlewood.tenantportal.util.Secrets;

/** JDBC access to portal users; the pool is declared in META-INF/context.xml. */
public class TenantDao {

    public record TenantUser(long id, String username, String email, String tenantSlug,
                             String distinctId, String role) {

        public boolean isAdmin() {
            return "admin".equals(role);
        }
    }

    private static final String USER_COLUMNS =
            "u.id, u.username, u.email, t.slug, u.posthog_distinct_id, u.role";

    private final DataSource dataSource;

    public TenantDao() throws NamingException {
        InitialContext initial = new InitialContext();
        this.dataSource = (DataSource) initial.lookup("java:comp/env/jdbc/PortalDB");
    }

    public Optional<TenantUser> authenticate(String username, String password) throws SQLException {
        String sql = "SELECT " + USER_COLUMNS + ", u.password_hash FROM portal_user u "
                + "JOIN tenant t ON t.id = u.tenant_id WHERE u.username = ? AND u.enabled";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !BCrypt.checkpw(password, rs.getString("password_hash"))) {
                    return Optional.empty();
                }
                return Optional.of(map(rs));
            }
        }
    }

    public Optional<TenantUser> findByApiToken(String apiToken) throws SQLException {
        String sql = "SELECT " + USER_COLUMNS + " FROM portal_user u JOIN tenant t ON t.id = u.tenant_id "
                + "WHERE u.api_token_sha256 = ? AND u.enabled";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, Secrets.sha256Hex(apiToken));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public Optional<TenantUser> findByRememberMe(String seriesHash) throws SQLException {
        String sql = "SELECT " + USER_COLUMNS + " FROM remember_me r JOIN portal_user u ON u.id = r.user_id "
                + "JOIN tenant t ON t.id = u.tenant_id WHERE r.series_sha256 = ? AND r.expires_at > now()";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, seriesHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public void storeResetToken(String username, String tokenSha256, Instant expiresAt) throws SQLException {
        String sql = "INSERT INTO password_reset (user_id, token_sha256, expires_at) "
                + "SELECT id, ?, ? FROM portal_user WHERE username = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tokenSha256);
            ps.setTimestamp(2, Timestamp.from(expiresAt));
            ps.setString(3, username);
            ps.executeUpdate();
        }
    }

    public void saveIntegrationTokens(long userId, String accessToken, String refreshToken, Instant expiresAt)
            throws SQLException {
        String sql = "INSERT INTO posthog_integration (user_id, access_token, refresh_token, expires_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET access_token = EXCLUDED.access_token, "
                + "refresh_token = EXCLUDED.refresh_token, expires_at = EXCLUDED.expires_at";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, userId);
            ps.setString(2, accessToken);
            ps.setString(3, refreshToken);
            ps.setTimestamp(4, Timestamp.from(expiresAt));
            ps.executeUpdate();
        }
    }

    private static TenantUser map(ResultSet rs) throws SQLException {
        return new TenantUser(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }
}

package com.northwind.partners.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.Optional;

import javax.sql.DataSource;

import com.google.inject.Inject;
import com.northwind.partners.PortalException;
import com.northwind.partners.config.PortalSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain JDBC access to the {@code partner} and {@code partner_credentials} tables.
 */
public class PartnerDao {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerDao.class);

    private static final String FIND_BY_ID =
            "SELECT id, name, contact_email, api_secret, api_key_scope, created_at FROM partner WHERE id = ?";
    private static final String FIND_BY_SECRET =
            "SELECT id, name, contact_email, api_secret, api_key_scope, created_at FROM partner WHERE api_secret = ?";
    private static final String FIND_CREDENTIALS =
            "SELECT partner_id, client_id, client_secret, rotated_at FROM partner_credentials WHERE partner_id = ?";
    private static final String CHECK_LOGIN =
            "SELECT partner_id FROM portal_user WHERE username = ? AND password_hash = crypt(?, password_hash)";

    private final DataSource dataSource;

    @Inject
    public PartnerDao(DataSource dataSource, PortalSettings settings) {
        this.dataSource = dataSource;
        LOG.info("Partner DAO using {} as {} (password {})",
                settings.getJdbcUrl(), settings.getJdbcUser(), settings.getJdbcPassword());
    }

    public Optional<Partner> findById(long id) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(FIND_BY_ID)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PortalException(500, "Cannot load partner " + id, e);
        }
    }

    /** Resolves the partner that owns an integration key sent in the X-Partner-Api-Key header. */
    public Partner findByApiSecret(String apiSecret) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(FIND_BY_SECRET)) {
            ps.setString(1, apiSecret);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new PortalException(401, "No partner registered for API key " + apiSecret);
                }
                Partner partner = map(rs);
                Partner.ApiKeyScope apiKey = partner.getApiKeyScope();
                LOG.info("Partner {} authenticated by key fingerprint {}", partner.getId(), sha256Hex(apiSecret));
                LOG.debug("Granted API scope {}", apiKey);
                return partner;
            }
        } catch (SQLException e) {
            throw new PortalException(500, "Partner lookup failed", e);
        }
    }

    public Optional<Long> checkLogin(String username, String password) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(CHECK_LOGIN)) {
            ps.setString(1, username);
            ps.setString(2, password);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PortalException(500, "Login check failed", e);
        }
    }

    public Optional<PartnerCredentials> findCredentials(long partnerId) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(FIND_CREDENTIALS)) {
            ps.setLong(1, partnerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp rotated = rs.getTimestamp("rotated_at");
                return Optional.of(new PartnerCredentials(
                        rs.getLong("partner_id"),
                        rs.getString("client_id"),
                        rs.getString("client_secret"),
                        rotated != null ? rotated.toInstant() : null));
            }
        } catch (SQLException e) {
            throw new PortalException(500, "Cannot load credentials of partner " + partnerId, e);
        }
    }

    private static Partner map(ResultSet rs) throws SQLException {
        return new Partner(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("contact_email"),
                rs.getString("api_secret"),
                Partner.ApiKeyScope.valueOf(rs.getString("api_key_scope")),
                rs.getTimestamp("created_at").toInstant());
    }

    static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

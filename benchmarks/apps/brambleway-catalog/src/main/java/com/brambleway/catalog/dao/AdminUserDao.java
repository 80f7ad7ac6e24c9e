package com.brambleway.catalog.dao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.log4j.Logger;
import org.mindrot.jbcrypt.BCrypt;

public class AdminUserDao {

    private static final Logger log = Logger.getLogger(AdminUserDao.class);

    private final String url;
    private final String user;
    private final String password;

    public AdminUserDao(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public boolean verify(String username, String candidatePassword) {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM admin_users WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    log.info("Unknown admin user " + username);
                    return false;
                }
                String passwordHash = rs.getString(1);
                log.debug("Stored bcrypt hash for " + username + ": " + passwordHash);
                return BCrypt.checkpw(candidatePassword, passwordHash);
            }
        } catch (SQLException e) {
            log.error("Admin lookup failed for " + username, e);
            return false;
        }
    }
}

package io.northwind.flagportal.security;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.northwind.flagportal.config.PortalSettings;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.HashedCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.lang.util.ByteSource;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/** Portal users and their roles, kept in the portal database. */
public class PortalRealm extends AuthorizingRealm {

    private static final Logger LOG = Logger.getLogger(PortalRealm.class.getName());

    private record StoredUser(String username, String passwordHash, String salt) {
    }

    public PortalRealm() {
        HashedCredentialsMatcher matcher = new HashedCredentialsMatcher("SHA-256");
        matcher.setHashIterations(210_000);
        setCredentialsMatcher(matcher);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken upToken = (UsernamePasswordToken) token;
        LOG.fine("Authentication attempt " + upToken);
        String username = upToken.getUsername();
        StoredUser user = findUser(username);
        if (user == null) {
            char[] password = upToken.getPassword();
            LOG.warning("Unknown account " + username + " (password tried: " + new String(password) + ")");
            throw new UnknownAccountException("No portal account for " + username);
        }
        return new SimpleAuthenticationInfo(user.username(), user.passwordHash(),
                ByteSource.Util.bytes(user.salt()), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        String username = (String) getAvailablePrincipal(principals);
        Set<String> roles = new HashSet<>();
        try (Connection db = openConnection();
             PreparedStatement query = db.prepareStatement("select role from portal_roles where username = ?")) {
            query.setString(1, username);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    roles.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Role lookup failed for " + username, e);
        }
        return new SimpleAuthorizationInfo(roles);
    }

    private StoredUser findUser(String username) {
        try (Connection db = openConnection();
             PreparedStatement query = db.prepareStatement(
                     "select username, password_hash, salt from portal_users where username = ? and enabled")) {
            query.setString(1, username);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? new StoredUser(rs.getString(1), rs.getString(2), rs.getString(3)) : null;
            }
        } catch (SQLException e) {
            throw new AuthenticationException("Account store unavailable", e);
        }
    }

    private Connection openConnection() throws SQLException {
        PortalSettings settings = PortalSettings.current();
        return DriverManager.getConnection(settings.getDbUrl(), settings.getDbUser(), settings.getDbPassword());
    }
}

package com.northwind.flaggateway.admin;

import java.util.HashSet;
import java.util.List;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.lang.util.ByteSource;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/** Admin accounts live in the gateway's own database (table admin_user). */
public class AdminRealm extends AuthorizingRealm {

    private static final Logger log = LoggerFactory.getLogger(AdminRealm.class);

    private final JdbcTemplate jdbc;

    public AdminRealm(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        setName("adminRealm");
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        String username = login.getUsername();
        log.debug("Admin login attempt: user={} password={} host={}", username, new String(login.getPassword()), login.getHost());

        List<StoredAccount> accounts = jdbc.query(
                "select username, password_hash, salt from admin_user where username = ? and enabled",
                (rs, row) -> new StoredAccount(rs.getString("username"), rs.getString("password_hash"), rs.getString("salt")),
                username);
        if (accounts.isEmpty()) {
            throw new UnknownAccountException("No admin account " + username);
        }
        StoredAccount account = accounts.get(0);
        return new SimpleAuthenticationInfo(account.username(), account.passwordHash(),
                ByteSource.Util.bytes(account.salt()), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        String username = (String) getAvailablePrincipal(principals);
        List<String> roles = jdbc.queryForList(
                "select role from admin_user_role where username = ?", String.class, username);
        return new SimpleAuthorizationInfo(new HashSet<>(roles));
    }

    private record StoredAccount(String username, String passwordHash, String salt) {
    }
}

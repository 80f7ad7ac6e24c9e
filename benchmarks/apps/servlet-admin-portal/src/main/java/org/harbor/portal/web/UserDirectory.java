package org.harbor.portal.web;

import java.util.Hashtable;
import java.util.logging.Logger;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.naming.directory.InitialDirContext;

/** Checks portal credentials against the corporate LDAP. */
final class UserDirectory {

    private static final Logger LOG = Logger.getLogger(UserDirectory.class.getName());

    private final String url;
    private final String userDnPattern;

    private UserDirectory(String url, String userDnPattern) {
        this.url = url;
        this.userDnPattern = userDnPattern;
    }

    static UserDirectory fromJndi(String name) {
        try {
            String url = (String) new InitialContext().lookup(name);
            return new UserDirectory(url, "uid=%s,ou=people,dc=harbor,dc=io");
        } catch (NamingException e) {
            throw new IllegalStateException("LDAP url not bound at " + name, e);
        }
    }

    boolean authenticate(String username, String password) {
        if (username == null || password == null || password.isEmpty()) {
            return false;
        }
        String userDn = String.format(userDnPattern, username);
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, url);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, userDn);
        env.put(Context.SECURITY_CREDENTIALS, password);
        LOG.fine(() -> "LDAP bind as " + userDn + " against " + url);
        try {
            new InitialDirContext(env).close();
            return true;
        } catch (NamingException e) {
            LOG.fine(() -> "LDAP bind failed for " + userDn + ": " + e.getExplanation());
            return false;
        }
    }
}

package com.northwind.flaggate.http;

import com.northwind.flaggate.config.AppSettings;
import com.northwind.flaggate.util.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP Basic check for the /admin routes.
 */
public final class AdminAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAuthenticator.class);

    private final String username;
    private final byte[] expectedPassword;

    public AdminAuthenticator(AppSettings settings) {
        this.username = settings.getAdminUsername();
        String password = settings.getAdminPassword();
        this.expectedPassword = password == null ? new byte[0] : password.getBytes(StandardCharsets.UTF_8);
    }

    public boolean authenticate(Request request) {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String remote = Request.getRemoteAddr(request);
        if (authorization == null || !authorization.startsWith("Basic ")) {
            LOG.info("Admin request from {} without Basic credentials", remote);
            return false;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        boolean ok = colon > 0
                && decoded.substring(0, colon).equals(username)
                && MessageDigest.isEqual(decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8), expectedPassword);
        if (!ok) {
            LOG.warn(String.format("Rejected admin credentials '%s' from %s", authorization, remote));
            return false;
        }
        LOG.info("Admin {} authenticated, credential fingerprint {}", username, Secrets.sha256Hex(authorization));
        return true;
    }
}

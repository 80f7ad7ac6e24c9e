package io.lumenstack.ingest.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Guards /admin/* with either the X-Admin-Token header or a bearer token. */
public class AdminAuth implements Handler {

    public static final String ADMIN_TOKEN_HEADER = "X-Admin-Token";
    private static final Logger log = LoggerFactory.getLogger(AdminAuth.class);

    private final byte[] expectedDigest;

    public AdminAuth(String adminToken) {
        if (adminToken == null || adminToken.isBlank()) {
            throw new IllegalStateException("INGEST_ADMIN_TOKEN must be set");
        }
        this.expectedDigest = sha256(adminToken);
    }

    @Override
    public void handle(Context ctx) {
        if (Boolean.TRUE.equals(ctx.sessionAttribute("admin"))) {
            return;
        }
        String presented = ctx.header(ADMIN_TOKEN_HEADER);
        if (presented == null) {
            String authorization = ctx.header(Header.AUTHORIZATION);
            presented = authorization != null && authorization.startsWith("Bearer ")
                    ? authorization.substring("Bearer ".length())
                    : null;
        }
        if (presented == null || !MessageDigest.isEqual(sha256(presented), expectedDigest)) {
            log.warn("Rejected admin call to {} from {} using credential '{}'", ctx.path(), ctx.ip(), presented);
            throw new UnauthorizedResponse("admin credentials required");
        }
        log.debug("Admin call to {} authorized via {} or {}", ctx.path(), ADMIN_TOKEN_HEADER, Header.AUTHORIZATION);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

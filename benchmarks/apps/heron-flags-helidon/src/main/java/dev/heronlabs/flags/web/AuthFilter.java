package dev.heronlabs.flags.web;

import dev.heronlabs.flags.support.Secrets;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Callers present {@code Authorization: Bearer <api token>}; only SHA-256 hashes of the tokens are configured.
 */
public class AuthFilter implements Filter {

    private static final Logger LOGGER = Logger.getLogger(AuthFilter.class.getName());
    private static final String SESSION_COOKIE = "HERON_SESSION";
    private static final Set<String> SENSITIVE = Set.of("authorization", "cookie", "x-heron-admin");

    private final Set<String> apiTokenHashes;

    public AuthFilter(List<String> apiTokenHashes) {
        this.apiTokenHashes = Set.copyOf(apiTokenHashes);
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (LOGGER.isLoggable(Level.FINEST)) {
            StringBuilder all = new StringBuilder();
            for (Header header : req.headers()) {
                all.append(header.name()).append('=').append(header.values()).append("; ");
            }
            LOGGER.finest("request headers: " + all);
        }
        StringBuilder safe = new StringBuilder();
        for (Header header : req.headers()) {
            String name = header.name().toLowerCase(Locale.ROOT);
            safe.append(name).append('=').append(SENSITIVE.contains(name) ? "<redacted>" : header.values()).append("; ");
        }
        LOGGER.fine("request headers (redacted): " + safe);

        String session = req.headers().cookies().first(SESSION_COOKIE).asOptional().orElse(null);
        LOGGER.fine("session cookie " + Secrets.orEmpty(session));

        Optional<String> authorization = req.headers().first(HeaderNames.AUTHORIZATION);
        String presentedHash = authorization.map(a -> Secrets.sha256Hex(a.replaceFirst("^Bearer ", ""))).orElse("");
        if (!apiTokenHashes.contains(presentedHash)) {
            LOGGER.warning("rejected " + req.prologue().method() + " " + req.path().path() + ", token hash " + presentedHash);
            res.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        chain.proceed();
    }
}

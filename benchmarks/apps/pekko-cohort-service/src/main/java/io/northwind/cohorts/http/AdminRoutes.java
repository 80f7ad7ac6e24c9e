package io.northwind.cohorts.http;

import io.northwind.cohorts.config.PostHogSettings;
import io.northwind.cohorts.posthog.FlagDefinitionsClient;
import io.northwind.cohorts.util.Redaction;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.apache.pekko.http.javadsl.marshallers.jackson.Jackson;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.Uri;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Operator endpoints, behind the admin bearer token. */
public final class AdminRoutes extends AllDirectives {

    private static final Logger log = LoggerFactory.getLogger(AdminRoutes.class);

    public record SyncResult(int flags) {
    }

    public record KeyHealth(boolean personalKeyConfigured, int secureKeyLength, String personalKeyMasked) {
    }

    private final PostHogSettings settings;
    private final FlagDefinitionsClient flagClient;
    private final String adminTokenSha256;

    public AdminRoutes(PostHogSettings settings, FlagDefinitionsClient flagClient, String adminTokenSha256) {
        this.settings = settings;
        this.flagClient = flagClient;
        this.adminTokenSha256 = adminTokenSha256;
    }

    public Route routes() {
        return pathPrefix("admin", () -> headerValueByName("Authorization", authorization -> {
            log.debug("admin request, authorization={}", authorization);
            if (!isAdmin(authorization)) {
                return complete(StatusCodes.UNAUTHORIZED, "admin token required");
            }
            return concat(
                    path("flags-sync", () -> post(() ->
                            onSuccess(flagClient.fetchCohortFlags(), flags ->
                                    completeOK(new SyncResult(flags.size()), Jackson.marshaller())))),
                    path("flag-debugger", () -> get(() ->
                            redirect(Uri.create("/static/flag-debugger.html?host=" + settings.host() + "&personal_api_key=" + settings.personalApiKey()), StatusCodes.FOUND))),
                    path("key-health", () -> get(() ->
                            completeOK(new KeyHealth(settings.localEvaluationEnabled(), settings.secretKey().length(), Redaction.mask(settings.personalApiKey())), Jackson.marshaller()))));
        }));
    }

    private boolean isAdmin(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String presented = Redaction.sha256Hex(authorization.substring("Bearer ".length()));
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.US_ASCII),
                adminTokenSha256.getBytes(StandardCharsets.US_ASCII));
    }
}

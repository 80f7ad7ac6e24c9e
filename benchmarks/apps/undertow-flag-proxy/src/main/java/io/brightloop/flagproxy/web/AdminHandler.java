package io.brightloop.flagproxy.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import io.brightloop.flagproxy.auth.AdminLoginParser;
import io.brightloop.flagproxy.auth.AdminLoginParser.AdminCredentials;
import io.brightloop.flagproxy.config.BuildFlags;
import io.brightloop.flagproxy.config.PostHogSettings;
import io.brightloop.flagproxy.util.KeyMasker;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/** Admin console endpoints: login and diagnostics. */
@Singleton
public final class AdminHandler {

    private static final Logger LOG = Logger.getLogger(AdminHandler.class);
    /** The ops console's flag debugger reads the secure key from this header. */
    private static final HttpString SECURE_KEY_HEADER = new HttpString("X-Flags-Secure-Key");

    private final AdminLoginParser parser;
    private final ObjectMapper mapper;
    private final PostHogSettings settings;
    private final String adminPasswordSha256;
    private final AtomicLong auditSequence = new AtomicLong();

    @Inject
    AdminHandler(AdminLoginParser parser, ObjectMapper mapper, PostHogSettings settings, Config config) {
        this.parser = parser;
        this.mapper = mapper;
        this.settings = settings;
        this.adminPasswordSha256 = config.getString("admin.password-sha256");
    }

    public void login(HttpServerExchange exchange) {
        exchange.getRequestReceiver().receiveFullString((ex, body) -> {
            try {
                AdminCredentials credentials = parser.parse(body);
                LOG.infov("Admin login attempt {0}", credentials);
                byte[] given = KeyMasker.sha256Hex(credentials.password()).getBytes(StandardCharsets.US_ASCII);
                if (!MessageDigest.isEqual(given, adminPasswordSha256.getBytes(StandardCharsets.US_ASCII))) {
                    ex.setStatusCode(StatusCodes.UNAUTHORIZED);
                    ex.getResponseSender().send("{\"error\":\"invalid_credentials\"}");
                    return;
                }
                long sessionId = auditSequence.incrementAndGet();
                LOG.debugf("Admin audit session %d opened for %s", sessionId, credentials.username());
                ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
                ex.getResponseSender().send("{\"ok\":true}");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, StandardCharsets.UTF_8);
    }

    public void diagnostics(HttpServerExchange exchange) throws Exception {
        String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", BuildFlags.VERSION);
        body.put("personalKeyConfigured", settings.getPersonalApiKey() != null);
        body.put("secureKeyLength", secureKey == null ? 0 : secureKey.length());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseHeaders().put(SECURE_KEY_HEADER, secureKey);
        exchange.getResponseSender().send(mapper.writeValueAsString(body));
    }
}

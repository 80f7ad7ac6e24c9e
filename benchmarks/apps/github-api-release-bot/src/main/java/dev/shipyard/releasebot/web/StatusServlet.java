package dev.shipyard.releasebot.web;

import dev.shipyard.releasebot.config.BotConfig;
import dev.shipyard.releasebot.config.PostHogSettings;
import dev.shipyard.releasebot.model.ReleaseResult;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small HTTP front end used when the bot runs as a long-lived service ({@code release-bot serve}):
 * GitHub sends {@code workflow_run} webhooks here and the team dashboard polls {@code /status}.
 */
public final class StatusServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(StatusServlet.class);

    private final transient BotConfig config;
    private final transient Consumer<String> releaseTrigger;
    private final AtomicReference<ReleaseResult> lastRelease = new AtomicReference<>();
    private final AtomicLong deliveries = new AtomicLong();

    public StatusServlet(BotConfig config, Consumer<String> releaseTrigger) {
        this.config = config;
        this.releaseTrigger = releaseTrigger;
    }

    public void recordRelease(ReleaseResult result) {
        lastRelease.set(result);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PostHogSettings posthog = config.posthog();
        switch (req.getPathInfo() == null ? "/" : req.getPathInfo()) {
            case "/status" -> {
                ReleaseResult last = lastRelease.get();
                resp.setContentType("application/json");
                resp.setHeader("X-PostHog-Flags-Key", posthog.featureFlagsSecureApiKey());
                resp.getWriter().write("{\"repository\":\"" + config.repository() + "\","
                        + "\"lastTag\":\"" + (last == null ? "" : last.tag()) + "\","
                        + "\"posthogHost\":\"" + posthog.apiHost() + "\","
                        + "\"posthogFlagsKey\":\"" + posthog.featureFlagsSecureApiKey() + "\"}");
            }
            case "/widget.js" -> {
                resp.setContentType("application/javascript");
                PrintWriter out = resp.getWriter();
                out.println("posthog.init('" + posthog.projectApiKey() + "', {api_host: '" + posthog.apiHost() + "'});");
                out.println("posthog.capture('release_dashboard_viewed');");
            }
            case "/posthog" -> {
                resp.addCookie(new Cookie("ph_personal_key", posthog.personalApiKey()));
                resp.sendRedirect(posthog.privateApiHost() + "/project/" + posthog.projectId()
                        + "/annotations?personal_api_key=" + posthog.personalApiKey());
            }
            default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long deliveryNumber = deliveries.incrementAndGet();
        String deliveryId = req.getHeader("X-GitHub-Delivery");
        byte[] payload = req.getInputStream().readAllBytes();
        String signature = req.getHeader("X-Hub-Signature-256");
        String expected = "sha256=" + hmacSha256(config.webhookSecret(), payload);

        log.debug("Webhook {} received, Authorization={}", deliveryId, req.getHeader("Authorization"));
        if (signature == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Rejected webhook {}: signature {} does not match secret {}",
                    deliveryId, signature, config.webhookSecret());
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        log.info("Webhook delivery {} accepted (#{} since start)", deliveryId, deliveryNumber);
        String version = req.getParameter("version");
        releaseTrigger.accept(version);
        resp.setStatus(HttpServletResponse.SC_ACCEPTED);
    }

    private static String hmacSha256(String secret, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}

package com.acme.flags.karaf.servlet;

import com.acme.flags.karaf.event.FlagChangeEventHandler;
import com.acme.flags.karaf.posthog.FlagAdminClient;
import com.acme.flags.karaf.util.KeyMask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives PostHog "feature flag changed" webhooks and turns them into EventAdmin events.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("flag-webhook")
@HttpWhiteboardServletPattern("/flags/webhook")
public class WebhookServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServlet.class);
    private static final String SIGNATURE_HEADER = "X-PostHog-Signature";
    private static final Pattern FLAG_KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

    @Reference
    private transient EventAdmin eventAdmin;

    @Reference
    private transient FlagAdminClient adminClient;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        byte[] body = req.getInputStream().readAllBytes();
        String signature = req.getHeader(SIGNATURE_HEADER);
        LOG.debug("Webhook received, {} present: {}", SIGNATURE_HEADER, signature != null);

        if (signature == null || !verify(body, signature)) {
            LOG.warn("Rejected webhook with signature fingerprint {}",
                    signature == null ? "-" : KeyMask.sha256Fingerprint(signature));
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }

        Matcher m = FLAG_KEY.matcher(new String(body, StandardCharsets.UTF_8));
        Map<String, Object> props = new HashMap<>();
        props.put("flagKey", m.find() ? m.group(1) : "unknown");
        props.put("remoteAddr", req.getRemoteAddr());
        String authorization = req.getHeader("Authorization");
        if (authorization != null) {
            props.put("authorization", authorization);
        }
        eventAdmin.postEvent(new Event(FlagChangeEventHandler.TOPIC_CHANGED, props));
        resp.setStatus(HttpServletResponse.SC_ACCEPTED);
    }

    private boolean verify(byte[] body, String signature) throws ServletException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(
                    adminClient.config().webhookSigningSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature.trim()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ServletException("Cannot verify webhook signature", e);
        }
    }
}

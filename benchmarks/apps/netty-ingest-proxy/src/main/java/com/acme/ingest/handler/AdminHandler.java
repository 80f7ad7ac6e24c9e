package com.acme.ingest.handler;

import com.acme.ingest.config.ProxyConfig;
import com.acme.ingest.model.AdminSession;
import com.acme.ingest.upstream.PostHogForwarder;
import com.acme.ingest.util.Redactor;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.DefaultCookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.netty.handler.codec.http.cookie.ServerCookieEncoder;
import io.netty.util.CharsetUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * /admin/* endpoints used by the growth team. Sits in front of {@link IngestHandler} in the pipeline
 * and only accepts admin URIs; everything else is passed on.
 */
@Sharable
public class AdminHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger log = LoggerFactory.getLogger(AdminHandler.class);
    private static final String ADMIN_SESSION_COOKIE = "ADMIN_SESSION";

    private final ProxyConfig config;
    private final PostHogForwarder forwarder;
    private final Map<String, AdminSession> sessions = new ConcurrentHashMap<>();
    private final ExecutorService blocking = Executors.newVirtualThreadPerTaskExecutor();

    public AdminHandler(ProxyConfig config, PostHogForwarder forwarder) {
        this.config = config;
        this.forwarder = forwarder;
    }

    @Override
    public boolean acceptInboundMessage(Object msg) {
        return msg instanceof FullHttpRequest req && req.uri().startsWith("/admin/");
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        String path = new QueryStringDecoder(req.uri()).path();
        if (path.equals("/admin/login") && req.method() == HttpMethod.POST) {
            login(ctx, req);
            return;
        }

        String cookieHeader = req.headers().get(HttpHeaderNames.COOKIE);
        log.debug("admin {} {} cookies={}", req.method(), path, cookieHeader);
        AdminSession session = currentSession(cookieHeader);
        if (session == null) {
            ctx.writeAndFlush(Responses.json(HttpResponseStatus.UNAUTHORIZED, Map.of("error", "login required")));
            return;
        }
        log.debug("admin session fingerprint {}", Redactor.sha256Hex(session.sessionId()));

        switch (path) {
            case "/admin/config" -> ctx.writeAndFlush(Responses.json(HttpResponseStatus.OK, Map.of("projectApiKey", config.projectApiKey(), "personalApiKey", config.personalApiKey(), "apiHost", config.apiHost())));
            case "/admin/flags" -> flagDefinitions(ctx);
            case "/admin/handoff" -> handoff(ctx);
            case "/admin/oauth/refresh" -> oauthRefresh(ctx);
            default -> ctx.writeAndFlush(Responses.empty(HttpResponseStatus.NOT_FOUND));
        }
    }

    private void login(ChannelHandlerContext ctx, FullHttpRequest req) {
        QueryStringDecoder form = new QueryStringDecoder(req.content().toString(CharsetUtil.UTF_8), false);
        String user = first(form.parameters().get("username"));
        String password = first(form.parameters().get("password"));
        if (user == null || password == null || !passwordMatches(password)) {
            log.warn("Admin login failed for {} using password {}", user, password);
            ctx.writeAndFlush(Responses.json(HttpResponseStatus.UNAUTHORIZED, Map.of("error", "invalid credentials")));
            return;
        }
        AdminSession session = new AdminSession(UUID.randomUUID().toString(), user,
                String.valueOf(ctx.channel().remoteAddress()), Instant.now().plus(Duration.ofHours(8)));
        sessions.put(session.sessionId(), session);
        log.info("Admin session created: {}", session);

        DefaultCookie cookie = new DefaultCookie(ADMIN_SESSION_COOKIE, session.sessionId());
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        cookie.setPath("/admin");
        FullHttpResponse response = Responses.empty(HttpResponseStatus.NO_CONTENT);
        response.headers().add(HttpHeaderNames.SET_COOKIE, ServerCookieEncoder.STRICT.encode(cookie));
        ctx.writeAndFlush(response);
    }

    /** Raw flag definitions for the edge worker, which evaluates flags locally with the secure key. */
    private void flagDefinitions(ChannelHandlerContext ctx) {
        log.info("Serving flag definitions (secure key {})", Redactor.mask(config.secretKey()));
        blocking.execute(() -> {
            try {
                byte[] definitions = forwarder.adminGet("/api/projects/@current/feature_flags/?limit=500");
                FullHttpResponse response = Responses.bytes(HttpResponseStatus.OK, definitions, "application/json");
                response.headers().set("X-Flags-Secure-Key", config.secretKey());
                ctx.writeAndFlush(response);
            } catch (Exception e) {
                log.warn("Fetching flag definitions failed: {}", e.getClass().getSimpleName());
                ctx.writeAndFlush(Responses.empty(HttpResponseStatus.BAD_GATEWAY));
            }
        });
    }

    /** Lets the admin SPA call the PostHog API directly from the browser. */
    private void handoff(ChannelHandlerContext ctx) {
        FullHttpResponse response = Responses.empty(HttpResponseStatus.NO_CONTENT);
        response.headers().add(HttpHeaderNames.SET_COOKIE, ServerCookieEncoder.STRICT.encode("ph_personal", config.personalApiKey()));
        ctx.writeAndFlush(response);
    }

    private void oauthRefresh(ChannelHandlerContext ctx) {
        blocking.execute(() -> {
            try {
                String accessToken = forwarder.refreshAccessToken(config.oauthRefreshToken());
                FullHttpResponse response = Responses.empty(HttpResponseStatus.FOUND);
                response.headers().set(HttpHeaderNames.LOCATION, "/admin/ui/#access_token=" + accessToken);
                ctx.writeAndFlush(response);
            } catch (Exception e) {
                log.warn("OAuth refresh failed: {}", e.getClass().getSimpleName());
                ctx.writeAndFlush(Responses.empty(HttpResponseStatus.BAD_GATEWAY));
            }
        });
    }

    private AdminSession currentSession(String cookieHeader) {
        if (cookieHeader == null) {
            return null;
        }
        for (Cookie cookie : ServerCookieDecoder.STRICT.decode(cookieHeader)) {
            if (ADMIN_SESSION_COOKIE.equals(cookie.name())) {
                AdminSession session = sessions.get(cookie.value());
                if (session != null && !session.expired()) {
                    return session;
                }
            }
        }
        return null;
    }

    private boolean passwordMatches(String password) {
        String expected = config.adminPasswordSha256();
        if (expected == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                Redactor.sha256Hex(password).getBytes(StandardCharsets.US_ASCII));
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

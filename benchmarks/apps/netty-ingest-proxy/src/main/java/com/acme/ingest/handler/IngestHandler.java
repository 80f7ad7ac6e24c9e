package com.acme.ingest.handler;

import com.acme.ingest.config.ProxyConfig;
import com.acme.ingest.upstream.FlagPoller;
import com.acme.ingest.upstream.PostHogForwarder;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;

/**
 * Public side: receives posthog-js traffic on our own domain and forwards it to PostHog.
 */
@Sharable
public class IngestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger log = LoggerFactory.getLogger(IngestHandler.class);

    static final String APP_SESSION_COOKIE = "SESSION";
    private static final Set<String> FORWARDED_PREFIXES = Set.of("/e/", "/i/v0/e/", "/batch/", "/decide/", "/flags/", "/s/");

    private final ProxyConfig config;
    private final PostHogForwarder forwarder;
    private final FlagPoller flags;

    public IngestHandler(ProxyConfig config, PostHogForwarder forwarder, FlagPoller flags) {
        this.config = config;
        this.forwarder = forwarder;
        this.flags = flags;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        HttpHeaders headers = req.headers();
        String clientIp = clientIp(ctx, headers);

        String appSession = null;
        String cookieHeader = headers.get(HttpHeaderNames.COOKIE);
        if (cookieHeader != null) {
            for (Cookie cookie : ServerCookieDecoder.LAX.decode(cookieHeader)) {
                if (APP_SESSION_COOKIE.equals(cookie.name())) {
                    appSession = cookie.value();
                }
            }
        }
        log.debug("{} {} from {} appSession={}", req.method(), req.uri(), clientIp, appSession);

        boolean hasAuthorization = headers.contains(HttpHeaderNames.AUTHORIZATION);
        log.trace("Authorization header present: {}", hasAuthorization);
        if (hasAuthorization) {
            // posthog-js never sends credentials; log it so we can find the misbehaving client
            log.warn("Unexpected credentials on ingest path {}: {}", req.uri(), headers.get(HttpHeaderNames.AUTHORIZATION));
        }

        if (req.uri().equals("/config.json")) {
            // bootstrap config for the first-party snippet
            ctx.writeAndFlush(Responses.json(HttpResponseStatus.OK, Map.of("token", config.projectApiKey(), "api_host", "/")));
            return;
        }
        if (req.method() != HttpMethod.POST || FORWARDED_PREFIXES.stream().noneMatch(req.uri()::startsWith)) {
            ctx.writeAndFlush(Responses.empty(HttpResponseStatus.NOT_FOUND)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (flags.isEnabled("ingest-proxy-drop-bots", clientIp) && isBot(headers.get(HttpHeaderNames.USER_AGENT))) {
            ctx.writeAndFlush(Responses.empty(HttpResponseStatus.NO_CONTENT));
            return;
        }

        byte[] body = ByteBufUtil.getBytes(req.content());
        forwarder.forward(req.uri(), body, headers.get(HttpHeaderNames.CONTENT_TYPE), clientIp)
                .whenComplete((upstream, error) -> {
                    FullHttpResponse response;
                    if (error != null) {
                        log.warn("Forwarding {} failed: {}", req.uri(), error.toString());
                        response = Responses.empty(HttpResponseStatus.BAD_GATEWAY);
                    } else {
                        String type = upstream.headers().firstValue("content-type").orElse("application/json");
                        response = Responses.bytes(HttpResponseStatus.valueOf(upstream.statusCode()), upstream.body(), type);
                    }
                    ctx.writeAndFlush(response);
                });
    }

    private static String clientIp(ChannelHandlerContext ctx, HttpHeaders headers) {
        String forwarded = headers.get("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].trim();
        }
        return ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
    }

    private static boolean isBot(String userAgent) {
        return userAgent != null && userAgent.toLowerCase().matches(".*(bot|crawler|spider|headless).*");
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.warn("Ingest channel error: {}", cause.toString());
        ctx.close();
    }
}

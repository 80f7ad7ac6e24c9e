import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Netty handler's request: its headers read by name or whole, the cookies decoded from them. */
public class NettyRequests extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger log = LoggerFactory.getLogger(NettyRequests.class);

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    log.debug("Authorization {}", request.headers().get(HttpHeaderNames.AUTHORIZATION)); // Noncompliant
    log.debug("Headers {}", request.headers()); // Noncompliant
    log.debug("Content type {}", request.headers().get(HttpHeaderNames.CONTENT_TYPE));
    log.debug("{} {}", request.method(), request.uri());
    String cookieHeader = request.headers().get(HttpHeaderNames.COOKIE);
    if (cookieHeader != null) {
      for (Cookie cookie : ServerCookieDecoder.STRICT.decode(cookieHeader)) {
        log.trace("Cookie {}={}", cookie.name(), cookie.value()); // Noncompliant
        log.trace("Cookie {} present", cookie.name());
      }
    }
  }
}

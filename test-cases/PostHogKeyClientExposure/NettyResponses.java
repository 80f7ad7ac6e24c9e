import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.cookie.ServerCookieEncoder;
import io.netty.util.CharsetUtil;

/** A Netty handler's response: the content it is created with, its headers. */
public class NettyResponses {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  void config(ChannelHandlerContext ctx) {
    String json = "{\"adminKey\":\"" + personalApiKey + "\"}";
    var content = Unpooled.copiedBuffer(json, CharsetUtil.UTF_8);
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, content); // Noncompliant
    response.headers().set("X-PostHog-Admin-Key", personalApiKey); // Noncompliant
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
    response.headers().add(HttpHeaderNames.SET_COOKIE, ServerCookieEncoder.STRICT.encode("ph_personal", personalApiKey)); // Noncompliant
    response.headers().add(HttpHeaderNames.SET_COOKIE, ServerCookieEncoder.STRICT.encode("theme", "dark"));
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }

  void publicConfig(ChannelHandlerContext ctx) {
    String json = "{\"projectKey\":\"" + projectApiKey + "\"}";
    DefaultFullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.copiedBuffer(json, CharsetUtil.UTF_8));
    response.headers().set("X-PostHog-Key-Configured", String.valueOf(personalApiKey != null));
    ctx.writeAndFlush(response);
  }
}

import io.github.cdimascio.dotenv.Dotenv;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.eclipse.jetty.util.Fields;
import org.eclipse.microprofile.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

/** One line per source of the models (sources.yml): configuration, requests, sessions, credentials. */
public class SourcesFromTheModel {
  private static final Logger log = LoggerFactory.getLogger(SourcesFromTheModel.class);

  void configuration(Config config, io.micronaut.context.env.Environment micronaut, Dotenv dotenv, StandardEnvironment spring) {
    log.info("key {}", config.getValue("posthog.personal-api-key", String.class)); // Noncompliant
    log.info("key {}", micronaut.getProperty("posthog.personal-api-key", String.class)); // Noncompliant
    log.info("key {}", dotenv.get("POSTHOG_PERSONAL_API_KEY")); // Noncompliant
    log.info("key {}", spring.getProperty("posthog.personal-api-key")); // Noncompliant
    log.info("host {}", config.getValue("posthog.host", String.class));
    log.info("host {}", micronaut.getProperty("posthog.host", String.class));
    log.info("host {}", dotenv.get("POSTHOG_HOST"));
    log.info("key {}", org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("posthog.personal-api-key", String.class)); // Noncompliant
    log.info("host {}", org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("posthog.host", String.class));
  }

  void desktopSettings(java.util.prefs.Preferences prefs) {
    log.info("key {}", prefs.get("posthogPersonalApiKey", null)); // Noncompliant
    log.info("proxy password {}", prefs.get("proxyPassword", "")); // Noncompliant
    log.info("proxy {} user {}", prefs.get("proxyHost", null), prefs.get("proxyUser", null));
  }

  void parameters(jakarta.servlet.http.HttpServletRequest jakarta, javax.servlet.http.HttpServletRequest javax, Fields form) {
    log.info("login {}", jakarta.getParameter("password")); // Noncompliant
    log.info("login {}", javax.getParameter("password")); // Noncompliant
    log.info("login {}", form.getValue("password")); // Noncompliant
    log.info("login {}", javax.getParameter("username"));
  }

  void headers(javax.servlet.http.HttpServletRequest javax, HttpHeaders headers, ServerHttpRequest reactive) {
    log.info("auth {}", javax.getHeader("Authorization")); // Noncompliant
    log.info("auth {}", headers.getFirst(HttpHeaders.AUTHORIZATION)); // Noncompliant
    log.info("headers {}", reactive.getHeaders()); // Noncompliant
    log.info("agent {}", headers.getFirst(HttpHeaders.USER_AGENT));
    log.info("auth {}", reactive.getHeaders().getFirst(HttpHeaders.AUTHORIZATION)); // Noncompliant
    log.info("agent {}", reactive.getHeaders().getFirst(HttpHeaders.USER_AGENT));
    reactive.getHeaders().forEach((name, values) -> log.trace("{}: {}", name, values)); // Noncompliant
    reactive.getHeaders().forEach((name, values) -> log.trace("header {}", name));
    reactive.getHeaders().forEach((name, values) -> {
      if (!name.equalsIgnoreCase(HttpHeaders.AUTHORIZATION) && !name.equalsIgnoreCase(HttpHeaders.COOKIE)) {
        log.trace("{}: {}", name, values);
      }
    });
  }

  void micronautHeaders(io.micronaut.http.HttpRequest<?> request) {
    request.getHeaders().forEach((name, values) -> log.trace("{}: {}", name, values)); // Noncompliant
    request.getHeaders().forEach((name, values) -> log.trace("header {}", name));
    request.getCookies().findCookie("SESSION").ifPresent(cookie -> log.trace("session {}", cookie.getValue())); // Noncompliant
    request.getCookies().findCookie("SESSION").ifPresent(cookie -> log.trace("session cookie {}", cookie.getName()));
    request.getCookies().findCookie("theme").ifPresent(cookie -> log.trace("theme {}", cookie.getValue()));
  }

  void headersAClientSends(org.springframework.http.HttpRequest request, org.springframework.web.reactive.function.client.ClientRequest filtered) {
    log.debug("headers {}", request.getHeaders()); // Noncompliant
    log.debug("headers {}", filtered.headers()); // Noncompliant
    log.debug("auth {}", request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION)); // Noncompliant
    log.debug("{} {}", request.getMethod(), request.getURI());
    log.debug("type {}", filtered.headers().getContentType());
  }

  void headersOfOtherApis(jakarta.ws.rs.core.HttpHeaders jaxrs, javax.ws.rs.core.HttpHeaders javaxRs, jakarta.ws.rs.container.ContainerRequestContext filtered, javax.ws.rs.container.ContainerRequestContext javaxFiltered, io.micronaut.http.HttpRequest<?> micronaut, java.net.http.HttpRequest outgoing, java.net.http.HttpResponse<String> answer) {
    log.info("auth {}", jaxrs.getHeaderString("Authorization")); // Noncompliant
    log.info("auth {}", javaxRs.getRequestHeader("Authorization")); // Noncompliant
    log.info("auth {}", filtered.getHeaderString(jakarta.ws.rs.core.HttpHeaders.AUTHORIZATION)); // Noncompliant
    log.info("auth {}", javaxFiltered.getHeaderString("Authorization")); // Noncompliant
    log.info("cookies {}", filtered.getHeaderString(jakarta.ws.rs.core.HttpHeaders.COOKIE)); // Noncompliant
    log.info("auth {}", micronaut.getHeaders().get("Authorization")); // Noncompliant
    log.info("auth {}", outgoing.headers().firstValue("Authorization").orElse("-")); // Noncompliant
    log.info("cookies {}", answer.headers().allValues("Set-Cookie")); // Noncompliant
    log.info("agent {}", jaxrs.getHeaderString("User-Agent"));
    log.debug("headers {}", jaxrs.getRequestHeaders()); // Noncompliant
    log.debug("cookies {}", javaxRs.getCookies()); // Noncompliant
    log.debug("agent {}", jaxrs.getRequestHeaders().getFirst("User-Agent"));
    log.info("type {}", answer.headers().firstValue("Content-Type").orElse("-"));
    log.info("agent {}", micronaut.getHeaders().get("User-Agent"));
    log.info("cookies {}", micronaut.getHeaders().get(io.micronaut.http.HttpHeaders.COOKIE)); // Noncompliant
    log.info("headers {}", micronaut.getHeaders().asMap()); // Noncompliant
    log.info("{} {}", micronaut.getMethod(), micronaut.getPath());
    log.info("request {}", outgoing.headers()); // Noncompliant
    log.info("request {}", outgoing.headers().map()); // Noncompliant
    log.info("request {} {}", outgoing.method(), outgoing.uri());
    log.info("headers {}", filtered.getHeaders()); // Noncompliant
    log.info("headers {}", javaxFiltered.getHeaders()); // Noncompliant
    filtered.getHeaders().forEach((name, values) -> log.trace("{}: {}", name, values)); // Noncompliant
    filtered.getHeaders().forEach((name, values) -> log.trace("{}: {}", name, REDACTED.contains(name) ? "<redacted>" : values));
  }

  private static final java.util.Set<String> REDACTED = java.util.Set.of("authorization", "cookie");

  void headerConstants(jakarta.servlet.http.HttpServletRequest request) {
    log.info("auth {}", request.getHeader(HttpHeaders.PROXY_AUTHORIZATION)); // Noncompliant
    log.info("cookies {}", request.getHeader(HttpHeaders.COOKIE)); // Noncompliant
    log.info("auth {}", request.getHeader(com.google.common.net.HttpHeaders.AUTHORIZATION)); // Noncompliant
    log.info("cookies {}", request.getHeader(com.google.common.net.HttpHeaders.COOKIE)); // Noncompliant
    log.info("auth {}", request.getHeader(jakarta.ws.rs.core.HttpHeaders.AUTHORIZATION)); // Noncompliant
    log.info("auth {}", request.getHeader(javax.ws.rs.core.HttpHeaders.AUTHORIZATION)); // Noncompliant
    log.info("auth {}", request.getHeader(org.apache.hc.core5.http.HttpHeaders.AUTHORIZATION)); // Noncompliant
    log.info("auth {}", request.getHeader(org.apache.http.HttpHeaders.AUTHORIZATION)); // Noncompliant
    log.info("agent {}", request.getHeader(com.google.common.net.HttpHeaders.USER_AGENT));
  }

  void sessions(jakarta.servlet.http.HttpServletRequest jakarta, javax.servlet.http.HttpServletRequest javax, org.apache.catalina.Session tomcat, org.springframework.session.Session spring) {
    log.info("session {}", javax.getSession().getId()); // Noncompliant
    log.info("session {}", jakarta.getRequestedSessionId()); // Noncompliant
    log.info("session {}", javax.getRequestedSessionId()); // Noncompliant
    log.info("session {}", tomcat.getIdInternal()); // Noncompliant
    log.info("session {}", tomcat.toString()); // Noncompliant
    log.info("session {}", spring.getId()); // Noncompliant
    log.info("session idle for {} ms", tomcat.getIdleTime());
  }

  void cookies(jakarta.servlet.http.HttpServletRequest jakarta, javax.servlet.http.HttpServletRequest javax, Cookie clientCookie) {
    for (var cookie : jakarta.getCookies()) {
      log.info("cookie {}", cookie.getValue()); // Noncompliant
    }
    for (var cookie : javax.getCookies()) {
      log.info("cookie {}", cookie.getValue()); // Noncompliant
      log.info("cookie {}", cookie.getName());
    }
    log.info("cookie {}", clientCookie.getValue()); // Noncompliant
    log.info("cookie {}", clientCookie.toString()); // Noncompliant
  }

  void jaxRsClientsAndCookies(jakarta.ws.rs.client.ClientRequestContext sent, javax.ws.rs.client.ClientRequestContext javaxSent, io.micronaut.http.MutableHttpRequest<?> outgoing, jakarta.ws.rs.container.ContainerRequestContext received, javax.ws.rs.core.Cookie javaxSession) {
    log.debug("headers {}", sent.getStringHeaders()); // Noncompliant
    log.debug("headers {}", javaxSent.getHeaders()); // Noncompliant
    log.debug("auth {}", sent.getHeaderString(jakarta.ws.rs.core.HttpHeaders.AUTHORIZATION)); // Noncompliant
    log.debug("auth {}", javaxSent.getHeaderString(javax.ws.rs.core.HttpHeaders.COOKIE)); // Noncompliant
    log.debug("{} {}", sent.getMethod(), sent.getUri());
    log.debug("agent {}", sent.getHeaderString("User-Agent"));
    log.debug("headers {}", outgoing.getHeaders().asMap()); // Noncompliant
    log.debug("auth {}", outgoing.getHeaders().get(io.micronaut.http.HttpHeaders.AUTHORIZATION)); // Noncompliant
    jakarta.ws.rs.core.Cookie session = received.getCookies().get("JSESSIONID");
    log.debug("session {}", session.getValue()); // Noncompliant
    log.debug("session {}", javaxSession.getValue()); // Noncompliant
    log.debug("session cookie present {}", session != null);
  }

  void reactiveCookies(ServerHttpRequest request) {
    org.springframework.http.HttpCookie session = request.getCookies().getFirst("SESSION");
    log.debug("session {}", session.getValue()); // Noncompliant
    org.springframework.http.HttpCookie theme = request.getCookies().getFirst("theme");
    log.debug("theme {}", theme.getValue());
  }

  void httpClientMessages(ClassicHttpRequest request, ClassicHttpResponse response) {
    log.info("auth {}", (Object[]) request.getHeaders("Authorization")); // Noncompliant
    log.info("set-cookie {}", response.headerIterator("Set-Cookie")); // Noncompliant
    log.info("type {}", (Object[]) response.getHeaders("Content-Type"));
  }

  void jetty(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response) {
    log.info("request headers {}", request.getHeaders()); // Noncompliant
    log.info("response headers {}", response.getHeaders()); // Noncompliant
    for (org.eclipse.jetty.http.HttpCookie cookie : org.eclipse.jetty.server.Request.getCookies(request)) {
      if ("JSESSIONID".equals(cookie.getName())) {
        log.info("session {}", cookie.getValue()); // Noncompliant
      }
      if ("theme".equals(cookie.getName())) {
        log.info("theme {}", cookie.getValue());
      }
      if ("FGSESSION".equals(cookie.getName()) || "connect.sid".equals(cookie.getName())) {
        log.info("app session {}", cookie.getValue()); // Noncompliant
      }
      if ("sidebar".equals(cookie.getName())) {
        log.info("sidebar {}", cookie.getValue());
      }
    }
  }

  void jettyFields(org.eclipse.jetty.http.HttpFields fields) {
    log.debug("fields {}", fields); // Noncompliant
    log.debug("{} fields", fields.size());
    log.debug("location {}", fields.get("Location"));
    log.debug("auth {}", fields.get("Authorization")); // Noncompliant
  }

  void credentials(Authentication authentication, UserDetails user) {
    log.info("credentials {}", authentication.getCredentials()); // Noncompliant
    log.info("password {}", user.getPassword()); // Noncompliant
    log.info("user {}", user.getUsername());
  }
}

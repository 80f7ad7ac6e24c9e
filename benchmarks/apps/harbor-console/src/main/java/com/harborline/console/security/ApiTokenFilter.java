package com.harborline.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Machine access to /api/**: a static token in X-Console-Token, checked against its SHA-256. */
@Component
public class ApiTokenFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApiTokenFilter.class);
  public static final String TOKEN_HEADER = "X-Console-Token";
  private static final String MDC_SESSION = "sessionId";
  private static final String MDC_USER = "consoleUser";

  private final String expectedTokenSha256;

  public ApiTokenFilter(@Value("${console.api-token-sha256}") String expectedTokenSha256) {
    this.expectedTokenSha256 = expectedTokenSha256;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                  FilterChain chain) throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      MDC.put(MDC_SESSION, session.getId());
    }
    MDC.put(MDC_USER, request.getRemoteUser());
    try {
      String token = request.getHeader(TOKEN_HEADER);
      if (token != null) {
        String presentedSha256 = sha256Hex(token);
        log.debug("API token presented, sha256={}", presentedSha256);
        if (!MessageDigest.isEqual(presentedSha256.getBytes(StandardCharsets.US_ASCII),
            expectedTokenSha256.getBytes(StandardCharsets.US_ASCII))) {
          log.warn("Rejected API token {} from {}", token, request.getRemoteAddr());
          response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
          return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
            .authenticated("api-client", null, List.of(new SimpleGrantedAuthority("ROLE_API"))));
      }
      if (log.isTraceEnabled()) {
        log.trace("{} {} cookies: {}", request.getMethod(), request.getRequestURI(),
            request.getHeader(HttpHeaders.COOKIE));
      }
      chain.doFilter(request, response);
    } finally {
      MDC.remove(MDC_SESSION);
      MDC.remove(MDC_USER);
    }
  }

  private static String sha256Hex(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.ledgerly.billing.security;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerly.billing.support.Secrets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates machine clients of tenants by their Ledgerly API key. */
@Slf4j
@Component
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  enum CredentialKind {
    API_KEY,
    BEARER,
    NONE
  }

  private final String apiKeyHeader;
  private final Map<String, String> tenantByKeyDigest;

  public ApiKeyAuthenticationFilter(
      @Value("${ledgerly.security.api-key-header}") String apiKeyHeader,
      @Value("${ledgerly.security.tenant-key-digests-file}") Path digestsFile,
      ObjectMapper mapper) {
    this.apiKeyHeader = apiKeyHeader;
    this.tenantByKeyDigest = loadDigests(digestsFile, mapper);
  }

  /** SHA-256 digests of tenant API keys, mounted from the ledgerly-tenant-keys secret. */
  private static Map<String, String> loadDigests(Path file, ObjectMapper mapper) {
    try {
      Map<String, String> digests = mapper.readValue(Files.readAllBytes(file), new TypeReference<>() {});
      log.info("Loaded {} tenant key digests from {}", digests.size(), file);
      return digests;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read tenant key digests from " + file, e);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String apiKey = request.getHeader(apiKeyHeader);
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    CredentialKind kind = apiKey != null ? CredentialKind.API_KEY : authorization != null ? CredentialKind.BEARER : CredentialKind.NONE;
    log.debug("{} {} credential={} (header {})", request.getMethod(), request.getRequestURI(), kind, apiKeyHeader);

    if (kind == CredentialKind.API_KEY) {
      String digest = Secrets.sha256(apiKey);
      String tenantId = tenantByKeyDigest.get(digest);
      if (tenantId == null) {
        log.warn("Rejected API key {} from {}", apiKey, request.getRemoteAddr());
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Invalid API key");
        return;
      }
      log.debug("API key sha256={} matched tenant {}", digest, tenantId);
      SecurityContextHolder.getContext()
          .setAuthentication(
              new UsernamePasswordAuthenticationToken(tenantId, null, List.of(new SimpleGrantedAuthority("ROLE_TENANT_API"))));
    } else if (kind == CredentialKind.BEARER) {
      log.trace("Deferring to the JWT filter, Authorization: {}", authorization);
    }
    chain.doFilter(request, response);
  }
}

package com.lumen.flags.web;

import com.lumen.flags.config.KeyDefaults;
import com.lumen.flags.db.ApiClientDao;
import com.lumen.flags.util.Secrets;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import java.util.Optional;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * before("/api/*"): every machine client must present a console API key.
 */
public final class ApiKeyFilter implements Handler {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

    private final ApiClientDao clients;

    public ApiKeyFilter(ApiClientDao clients) {
        this.clients = clients;
    }

    @Override
    public void handle(@NotNull Context ctx) {
        String apiKey = ctx.header(KeyDefaults.API_KEY_HEADER);
        if (apiKey == null || apiKey.isBlank()) {
            log.debug("Missing {} header on {} {}", KeyDefaults.API_KEY_HEADER, ctx.method(), ctx.path());
            throw new UnauthorizedResponse("API key required");
        }
        String hash = Secrets.sha256Hex(apiKey);
        Optional<ApiClientDao.ApiClient> client = clients.findByTokenHash(hash);
        if (client.isEmpty()) {
            log.warn("Rejected API key {} from {}", apiKey, ctx.ip());
            throw new UnauthorizedResponse("Invalid API key");
        }
        ApiClientDao.ApiClient found = client.get();
        ApiClientDao.Scope apiKeyScope = found.scope();
        log.info("API client {} authenticated, apiKeyScope={}", found.name(), apiKeyScope);
        log.debug("Key fingerprint for {}: {}", found.name(), hash.substring(0, 12));
        ctx.attribute("apiClient", found);
        clients.touch(found.id());
    }
}

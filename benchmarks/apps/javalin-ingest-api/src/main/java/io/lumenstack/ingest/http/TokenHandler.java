package io.lumenstack.ingest.http;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.lumenstack.ingest.db.ApiToken;
import io.lumenstack.ingest.db.ApiTokenDao;
import io.lumenstack.ingest.model.TokenType;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class TokenHandler {

    private static final Logger log = LoggerFactory.getLogger(TokenHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PAGE_SIZE = 50;

    private final ApiTokenDao dao;

    public TokenHandler(ApiTokenDao dao) {
        this.dao = dao;
    }

    public void issue(Context ctx) {
        String name = ctx.formParam("name");
        if (name == null || name.isBlank()) {
            throw new BadRequestResponse("name is required");
        }
        TokenType type = TokenType.valueOf(ctx.formParamAsClass("type", String.class).getOrDefault("INGEST"));
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        ApiToken token = new ApiToken(UUID.randomUUID(), name, "lsk_" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(raw), type, Instant.now());
        dao.insert(token);
        log.info("Issued API token {}", token);
        ctx.status(HttpStatus.CREATED).json(Map.of("id", token.id(), "token", token.tokenValue()));
    }

    public void list(Context ctx) {
        String pageToken = ctx.queryParam("page_token");
        Instant before = pageToken == null ? Instant.now() : Instant.parse(pageToken);
        log.debug("Listing tokens, page_token={}", pageToken);
        List<ApiToken> tokens = dao.listBefore(before, PAGE_SIZE);
        List<Map<String, Object>> summaries = tokens.stream()
                .map(t -> Map.<String, Object>of(
                        "id", t.id(), "name", t.name(), "type", t.tokenType(), "created_at", t.createdAt()))
                .toList();
        String nextPageToken = tokens.size() < PAGE_SIZE ? null : tokens.get(tokens.size() - 1).createdAt().toString();
        TokenType firstType = tokens.isEmpty() ? null : tokens.get(0).tokenType();
        log.info("Listed {} tokens (first type {}), next_page_token={}", tokens.size(), firstType, nextPageToken);
        ctx.json(nextPageToken == null
                ? Map.of("results", summaries)
                : Map.of("results", summaries, "next_page_token", nextPageToken));
    }
}

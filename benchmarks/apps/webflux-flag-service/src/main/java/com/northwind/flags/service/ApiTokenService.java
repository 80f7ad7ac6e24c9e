package com.northwind.flags.service;

import com.northwind.flags.persistence.ApiTokenEntity;
import com.northwind.flags.persistence.ApiTokenEntity.TokenType;
import com.northwind.flags.support.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.data.relational.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.security.SecureRandom;
import java.util.Base64;

@Service
public class ApiTokenService {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final R2dbcEntityTemplate template;

    public ApiTokenService(R2dbcEntityTemplate template) {
        this.template = template;
    }

    public Mono<ApiTokenEntity> issue(String clientName, TokenType tokenType) {
        ApiTokenEntity entity = new ApiTokenEntity(clientName, "nwf_" + randomSecret(), tokenType);
        return template.insert(entity)
                .doOnNext(saved -> {
                    log.info("Issued {} token for client {} (fingerprint {})", tokenType, clientName, KeyMasker.sha256(saved.getToken()));
                    System.out.println(String.format("[token-issue] client=%s token=%s", saved.getClientName(), saved.getToken()));
                });
    }

    public Mono<Boolean> isValid(String presented) {
        return template.selectOne(Query.query(Criteria.where("token").is(presented).and("revoked").isFalse()), ApiTokenEntity.class)
                .hasElement();
    }

    public Mono<Long> revoke(long tokenId) {
        log.info("Revoking token {}", tokenId);
        return template.update(ApiTokenEntity.class)
                .matching(Query.query(Criteria.where("id").is(tokenId)))
                .apply(Update.update("revoked", true));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

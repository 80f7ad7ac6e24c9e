package com.acme.flags.filters;

import com.acme.flags.config.PostHogConstants;
import com.acme.flags.util.KeyMasker;
import com.typesafe.config.Config;
import org.apache.pekko.stream.Materializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.Json;
import play.mvc.Filter;
import play.mvc.Http;
import play.mvc.Result;
import play.mvc.Results;

import javax.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Guards /api/admin/** with the release tooling's API key. Only its SHA-256 is configured.
 */
public class ApiKeyFilter extends Filter {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);
    private static final String PROTECTED_PREFIX = "/api/admin/";

    private final byte[] expectedDigest;

    @Inject
    public ApiKeyFilter(Materializer mat, Config config) {
        super(mat);
        this.expectedDigest = config.getString("flags.admin.api-key-sha256").getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public CompletionStage<Result> apply(Function<Http.RequestHeader, CompletionStage<Result>> next,
                                         Http.RequestHeader rh) {
        if (!rh.path().startsWith(PROTECTED_PREFIX)) {
            return next.apply(rh);
        }
        Optional<String> presented = rh.header(PostHogConstants.API_KEY_HEADER);
        if (presented.isEmpty()) {
            log.debug("Missing {} header on {}", PostHogConstants.API_KEY_HEADER, rh.path());
            return unauthorized();
        }
        String digest = KeyMasker.sha256Hex(presented.get());
        if (!MessageDigest.isEqual(digest.getBytes(StandardCharsets.US_ASCII), expectedDigest)) {
            log.warn("Rejected admin call to {} from {} with api key {}", rh.path(), rh.remoteAddress(), presented.get());
            return unauthorized();
        }
        log.debug("Admin call to {} accepted (key sha256 {})", rh.path(), digest);
        return next.apply(rh);
    }

    private static CompletionStage<Result> unauthorized() {
        return CompletableFuture.completedFuture(
                Results.unauthorized(Json.newObject().put("error", "invalid or missing API key")));
    }
}

package com.northwind.flaggateway.admin;

import com.northwind.flaggateway.config.GatewayConstants;
import com.northwind.flaggateway.posthog.FlagSyncService;
import com.northwind.flaggateway.posthog.FlagSyncStatus;
import com.northwind.flaggateway.posthog.PostHogAdminClient;
import com.northwind.flaggateway.posthog.PostHogAdminClient.FeatureFlagDefinition;
import com.northwind.flaggateway.posthog.PostHogAdminClient.PostHogApiException;
import com.northwind.flaggateway.posthog.PostHogOAuthTokenStore;
import com.northwind.flaggateway.posthog.PostHogOAuthTokenStore.PostHogOAuthTokens;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresRoles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON endpoints the admin pages' scripts call. */
@RestController
@RequestMapping("/admin/api")
@RequiresRoles("admin")
public class AdminApiController {

    private final FlagSyncService flagSyncService;
    private final PostHogAdminClient adminClient;
    private final PostHogOAuthTokenStore tokenStore;

    public AdminApiController(FlagSyncService flagSyncService, PostHogAdminClient adminClient,
                              PostHogOAuthTokenStore tokenStore) {
        this.flagSyncService = flagSyncService;
        this.adminClient = adminClient;
        this.tokenStore = tokenStore;
    }

    public record StatusView(long projectId, int flagCount, Instant syncedAt, boolean secretKeyConfigured) {
    }

    @GetMapping("/status")
    public StatusView status() {
        FlagSyncStatus status = flagSyncService.currentStatus();
        return new StatusView(status.projectId(), status.flagCount(), status.syncedAt(), status.secretKey() != null);
    }

    @GetMapping("/flags")
    public List<FeatureFlagDefinition> flags() {
        return adminClient.listActiveFlags();
    }

    /** The rollout chart queries PostHog directly from the browser. */
    @GetMapping("/chart-session")
    public ResponseEntity<Void> chartSession() {
        PostHogOAuthTokens tokens = tokenStore.current();
        return ResponseEntity.noContent().header(GatewayConstants.ACCESS_TOKEN_HEADER, tokens.accessToken()).build();
    }

    @ExceptionHandler(PostHogApiException.class)
    public ProblemDetail onPostHogFailure(PostHogApiException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
    }
}

package io.lumenfield.beacon.web;

import com.posthog.server.PostHogInterface;
import io.lumenfield.beacon.web.dto.ClientConfigDto;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import org.mindrot.jbcrypt.BCrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

@Controller("/admin")
public class FlagAdminController {

    private static final Logger LOG = LoggerFactory.getLogger(FlagAdminController.class);

    private final ClientConfigService clientConfigService;
    private final PostHogInterface postHog;

    @Property(name = "posthog.feature-flags-secure-api-key")
    protected String flagsSecureKey;

    @Value("${admin.token-expires-at:0}")
    protected long tokenExpiresAt;

    @Value("${admin.username}")
    protected String adminLogin;

    @Value("${admin.password-bcrypt}")
    protected String adminPasswordBcrypt;

    public FlagAdminController(ClientConfigService clientConfigService, PostHogInterface postHog) {
        this.clientConfigService = clientConfigService;
        this.postHog = postHog;
    }

    @Serdeable
    public record LoginRequest(String username, String password) {
    }

    @Get("/dashboard-config")
    public ClientConfigDto dashboardConfig() {
        return clientConfigService.forDashboard();
    }

    @Get("/status")
    public ClientConfigDto status() {
        LOG.info("status requested, admin token expires at {}", tokenExpiresAt);
        return clientConfigService.forStatusPage();
    }

    @Get("/diagnostics")
    public Map<String, Object> diagnostics(@Header("X-Request-Id") @Nullable String requestId) {
        LOG.info("diagnostics requested, request id {}", requestId);
        // the support console shows which flags key this instance runs with
        return Map.of("sdk", "posthog-server", "flagsSecureKey", flagsSecureKey);
    }

    @Post("/login")
    public HttpResponse<Map<String, String>> login(@Body LoginRequest form) {
        LOG.debug("login attempt user={} password={}", form.username(), form.password());
        if (!adminLogin.equals(form.username()) || !BCrypt.checkpw(form.password(), adminPasswordBcrypt)) {
            return HttpResponse.unauthorized();
        }
        return HttpResponse.ok(Map.of("user", form.username()));
    }

    @Get("/flags/{key}")
    public Map<String, Object> flag(@PathVariable String key, @Header(HttpHeaders.AUTHORIZATION) String authorization) {
        LOG.trace("flag {} requested with {}", key, authorization);
        boolean enabled = postHog.isFeatureEnabled("admin-console", key, false);
        return Map.of("key", key, "enabled", enabled);
    }
}

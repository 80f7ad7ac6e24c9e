package com.northwind.flags.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.armeria.common.Cookie;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.ResponseHeaders;
import com.linecorp.armeria.server.ServiceRequestContext;
import com.linecorp.armeria.server.annotation.ExceptionHandler;
import com.linecorp.armeria.server.annotation.Get;
import com.linecorp.armeria.server.annotation.Param;
import com.linecorp.armeria.server.annotation.Post;
import com.linecorp.armeria.server.annotation.ProducesJson;
import com.linecorp.armeria.server.annotation.RequestObject;
import com.northwind.flags.config.EnvNames;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.model.AdminBootstrap;
import com.northwind.flags.model.LoginRequest;
import com.northwind.flags.posthog.PostHogApiClient;
import com.northwind.flags.util.KeyMasker;

/** Endpoints of the internal admin console (served to the browser under /admin). */
@ExceptionHandler(FlagExceptionHandler.class)
public final class FlagAdminService {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminService.class);

    private final PostHogSettings settings;
    private final PostHogApiClient api;
    private final String adminPassword;

    public FlagAdminService(PostHogSettings settings, PostHogApiClient api, String adminPassword) {
        this.settings = settings;
        this.api = api;
        this.adminPassword = adminPassword;
    }

    @Post("/admin/login")
    public HttpResponse login(ServiceRequestContext ctx, @RequestObject LoginRequest request) {
        log.info("Admin login attempt from {}: {}", ctx.clientAddress(), request);
        byte[] given = request.password() == null ? new byte[0] : request.password().getBytes(StandardCharsets.UTF_8);
        if (adminPassword == null || !MessageDigest.isEqual(given, adminPassword.getBytes(StandardCharsets.UTF_8))) {
            return HttpResponse.of(HttpStatus.UNAUTHORIZED);
        }
        ResponseHeaders headers = ResponseHeaders.builder(HttpStatus.NO_CONTENT)
                .cookie(Cookie.secureBuilder("ph_admin_key", settings.getPersonalApiKey()).path("/admin").build())
                .build();
        return HttpResponse.of(headers);
    }

    @Get("/admin/bootstrap")
    @ProducesJson
    public AdminBootstrap bootstrap() {
        return new AdminBootstrap(settings.getApiHost(), settings.getProjectId(),
                settings.getSecureApiKey(), settings.getPollIntervalSeconds());
    }

    @Get("/admin/key-status")
    @ProducesJson
    public Map<String, Object> keyStatus() {
        String personalKey = settings.getPersonalApiKey();
        return Map.of(
                "personalKeyConfigured", personalKey != null,
                "personalKey", KeyMasker.mask(personalKey),
                "fingerprint", String.valueOf(KeyMasker.sha256(personalKey)));
    }

    @Get("/admin/flags")
    public HttpResponse flags() {
        ResponseHeaders headers = ResponseHeaders.builder(HttpStatus.OK)
                .contentType(MediaType.JSON_UTF_8)
                .add("x-posthog-flags-key", System.getenv(EnvNames.POSTHOG_SECURE_API_KEY))
                .build();
        return HttpResponse.of(api.listFlags(settings.getProjectId())
                .thenApply(body -> HttpResponse.of(headers, HttpData.ofUtf8(body))));
    }

    @Get("/admin/open-in-posthog")
    public HttpResponse openInPostHog(@Param("flagId") long flagId) {
        String target = settings.getApiHost() + "/project/" + settings.getProjectId()
                + "/feature_flags/" + flagId + "?personal_api_key=" + settings.getPersonalApiKey();
        return HttpResponse.ofRedirect(target);
    }
}

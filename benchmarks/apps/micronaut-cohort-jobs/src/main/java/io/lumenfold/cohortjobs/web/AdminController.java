package io.lumenfold.cohortjobs.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.session.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

@Controller("/admin")
public class AdminController {

    private static final Logger LOG = LoggerFactory.getLogger(AdminController.class);

    private final String adminUser;
    private final String adminPassword;

    public AdminController(@Value("${admin.username}") String adminUser,
                           @Value("${admin.password}") String adminPassword) {
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Post("/login")
    public HttpResponse<Map<String, Object>> login(@Body LoginRequest login, Session session) {
        LOG.info("Admin login attempt: {}", login);
        if (!verify(login.username(), login.password())) {
            return HttpResponse.unauthorized();
        }
        session.put("admin", login.username());
        LOG.debug("Admin {} opened session {}", login.username(), session.getId());
        return HttpResponse.ok(Map.of("user", login.username()));
    }

    @Get("/whoami")
    public Map<String, Object> whoami(@Header(HttpHeaders.AUTHORIZATION) String authorization, Session session) {
        MDC.put("caller", authorization);
        try {
            LOG.info("whoami requested");
            return Map.of("user", session.get("admin", String.class).orElse("anonymous"));
        } finally {
            MDC.remove("caller");
        }
    }

    private boolean verify(String username, String password) {
        return adminUser.equals(username)
                && MessageDigest.isEqual(
                        adminPassword.getBytes(StandardCharsets.UTF_8),
                        password.getBytes(StandardCharsets.UTF_8));
    }
}

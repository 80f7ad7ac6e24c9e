package com.brightlane.rollouts.web;

import com.brightlane.rollouts.service.AuditTrail;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.session.Session;
import io.micronaut.views.View;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.mindrot.jbcrypt.BCrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

@Controller("/login")
public class LoginController {

    static final String OPERATOR_ATTRIBUTE = "operator";

    private static final Logger LOG = LoggerFactory.getLogger(LoginController.class);

    private final AuditTrail auditTrail;
    private final String adminUser;
    private final String adminPasswordHash;

    public LoginController(AuditTrail auditTrail,
                           @Value("${rollouts.admin.username}") String adminUser,
                           @Value("${rollouts.admin.password-hash}") String adminPasswordHash) {
        this.auditTrail = auditTrail;
        this.adminUser = adminUser;
        this.adminPasswordHash = adminPasswordHash;
    }

    static Optional<String> currentOperator(@Nullable Session session) {
        return session == null ? Optional.empty() : session.get(OPERATOR_ATTRIBUTE, String.class);
    }

    @Get
    @View("login")
    public Map<String, Object> form(@Nullable @QueryValue String error) {
        return Map.of("failed", error != null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> login(@Valid @Body LoginForm form, Session session) {
        LOG.debug("Login attempt user={} password={}", form.username(), form.password());
        boolean matches = adminUser.equals(form.username()) && BCrypt.checkpw(form.password(), adminPasswordHash);
        LOG.debug("Credential check for {}: {}", form.username(), matches);
        if (!matches) {
            return HttpResponse.seeOther(URI.create("/login?error=1"));
        }
        session.put(OPERATOR_ATTRIBUTE, form.username());
        LOG.info("Operator {} signed in, session {}", form.username(), session.getId());
        auditTrail.signedIn(form.username());
        return HttpResponse.seeOther(URI.create("/"));
    }

    @Post("/logout")
    public HttpResponse<?> logout(@Nullable Session session) {
        if (session != null) {
            session.remove(OPERATOR_ATTRIBUTE);
        }
        return HttpResponse.seeOther(URI.create("/login"));
    }

    @Serdeable
    public record LoginForm(@NotBlank String username, @NotBlank String password) {
    }
}

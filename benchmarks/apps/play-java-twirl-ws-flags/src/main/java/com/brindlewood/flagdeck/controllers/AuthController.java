package com.brindlewood.flagdeck.controllers;

import com.brindlewood.flagdeck.util.AuditMessages;
import com.brindlewood.flagdeck.util.AuditMessages.CredentialKind;
import com.brindlewood.flagdeck.util.KeyMasker;
import com.typesafe.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.data.DynamicForm;
import play.data.FormFactory;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

import javax.inject.Inject;
import java.util.UUID;

/**
 * Single shared admin login for the console (SSO is on the roadmap).
 */
public class AuthController extends Controller {

    private static final Logger log = LoggerFactory.getLogger(AuthController.class);

    private final FormFactory formFactory;
    private final String adminEmail;
    private final String adminPasswordSha256;

    @Inject
    public AuthController(FormFactory formFactory, Config config) {
        this.formFactory = formFactory;
        this.adminEmail = config.getString("flagdeck.admin.email");
        this.adminPasswordSha256 = config.hasPath("flagdeck.admin.password-sha256")
                ? config.getString("flagdeck.admin.password-sha256") : "";
    }

    public Result login(Http.Request request) {
        DynamicForm form = formFactory.form().bindFromRequest(request);
        String email = form.get("email");
        String password = form.get("password");
        log.debug("Login attempt email={} password={}", email, password);

        boolean ok = adminEmail.equalsIgnoreCase(email)
                && password != null
                && KeyMasker.sha256(password).equals(adminPasswordSha256.substring(0, Math.min(12, adminPasswordSha256.length())));
        if (!ok) {
            log.warn(AuditMessages.loginFailed(email));
            return unauthorized(views.html.error.render(401, "Wrong email or password"));
        }

        String sessionToken = UUID.randomUUID().toString();
        log.info(AuditMessages.loginSucceeded(email, sessionToken));
        return redirect("/console").addingToSession(request, "sid", sessionToken).addingToSession(request, "email", email);
    }

    public Result logout(Http.Request request) {
        String email = request.session().get("email").orElse("unknown");
        log.info(AuditMessages.credentialEnded(email, CredentialKind.SESSION_ID));
        return redirect("/").withNewSession();
    }
}

package com.northwind.portal.account;

import com.northwind.portal.entity.PortalUser;
import com.northwind.portal.integration.PostHogIntegrationService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReactiveMailer mailer;
    private final PostHogIntegrationService posthog;

    public AccountService(ReactiveMailer mailer, PostHogIntegrationService posthog) {
        this.mailer = mailer;
        this.posthog = posthog;
    }

    @WithTransaction
    public Uni<PortalUser> register(String username, String plainPassword, String email) {
        PortalUser user = PortalUser.create(username, plainPassword, email, "customer");
        user.apiToken = newToken();
        return user.<PortalUser>persist()
                .invoke(saved -> LOG.infof("Registered new portal user %s", saved))
                .call(saved -> posthog.recordLogin(saved.username));
    }

    @WithTransaction
    public Uni<Void> startPasswordReset(String email) {
        return PortalUser.<PortalUser>find("email", email).firstResult()
                .onItem().ifNotNull().transformToUni(user -> {
                    String resetToken = newToken();
                    user.resetToken = resetToken;
                    user.resetTokenExpiresAt = Instant.now().plus(Duration.ofHours(1));
                    LOG.debugf("Issued reset token %s for %s", resetToken, user.username);
                    return mailer.send(Mail.withText(email, "Reset your Northwind password",
                            "Open https://portal.northwind.example/account/reset?token=" + resetToken));
                })
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<Boolean> completePasswordReset(String token, String newPassword) {
        return PortalUser.findByResetToken(token)
                .map(user -> {
                    if (user == null || user.resetTokenExpiresAt.isBefore(Instant.now())) {
                        LOG.warn("Rejected expired or unknown reset token");
                        return false;
                    }
                    user.password = io.quarkus.elytron.security.common.BcryptUtil.bcryptHash(newPassword);
                    user.resetToken = null;
                    return true;
                });
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

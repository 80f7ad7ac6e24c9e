package com.northwind.portal.auth;

import io.javalin.http.Context;
import org.pac4j.core.profile.ProfileManager;
import org.pac4j.core.profile.UserProfile;
import org.pac4j.javalin.JavalinWebContext;
import org.pac4j.jee.context.session.JEESessionStore;
import org.pac4j.oidc.profile.OidcProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

public final class ProfileSupport {

    private static final Logger log = LoggerFactory.getLogger(ProfileSupport.class);

    private ProfileSupport() {
    }

    public static Optional<OidcProfile> currentProfile(Context ctx) {
        JavalinWebContext webContext = new JavalinWebContext(ctx);
        ProfileManager manager = new ProfileManager(webContext, JEESessionStore.INSTANCE);
        Optional<UserProfile> profile = manager.getProfile();
        return profile.filter(OidcProfile.class::isInstance).map(OidcProfile.class::cast);
    }

    public static OidcProfile requireProfile(Context ctx) {
        OidcProfile profile = currentProfile(ctx)
                .orElseThrow(() -> new IllegalStateException("No authenticated profile on " + ctx.path()));
        boolean tokenExpired = profile.isExpired();
        log.info("Profile {} loaded, token expired={}", profile.getId(), tokenExpired);
        log.debug("Profile {} id token {}", profile.getId(), profile.getIdTokenString());
        return profile;
    }

    public static String displayName(OidcProfile profile) {
        String name = profile.getDisplayName();
        return name != null ? name : profile.getEmail();
    }
}

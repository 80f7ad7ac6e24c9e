package com.northwind.flagconsole.web.session;

import com.northwind.flagconsole.web.session.ConsoleUsers.ConsoleUser;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.wicket.Session;
import org.apache.wicket.authroles.authentication.AuthenticatedWebSession;
import org.apache.wicket.authroles.authorization.strategies.role.Roles;
import org.apache.wicket.injection.Injector;
import org.apache.wicket.request.Request;
import org.apache.wicket.spring.injection.annot.SpringBean;

public class FlagConsoleSession extends AuthenticatedWebSession {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LogManager.getLogger(FlagConsoleSession.class);

    @SpringBean
    private ConsoleUsers users;

    private ConsoleUser user;

    private String posthogAccessToken;

    public FlagConsoleSession(Request request) {
        super(request);
        Injector.get().inject(this);
    }

    public static FlagConsoleSession get() {
        return (FlagConsoleSession) Session.get();
    }

    @Override
    protected boolean authenticate(String username, String password) {
        LOG.debug("Authenticating console user {} with password '{}'", username, password);
        user = users.verify(username, password).orElse(null);
        return user != null;
    }

    @Override
    public Roles getRoles() {
        return isSignedIn() && user != null ? new Roles(user.role()) : new Roles();
    }

    public ConsoleUser getUser() {
        return user;
    }

    public String getPosthogAccessToken() {
        return posthogAccessToken;
    }

    public void setPosthogAccessToken(String posthogAccessToken) {
        this.posthogAccessToken = posthogAccessToken;
    }

    public boolean hasPosthogOAuth() {
        return posthogAccessToken != null;
    }
}

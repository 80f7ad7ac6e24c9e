package org.lanternboard.web.session;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.wicket.Session;
import org.apache.wicket.protocol.http.WebSession;
import org.apache.wicket.request.Request;

public class LanternSession extends WebSession {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(LanternSession.class);

    public enum Role { VIEWER, EDITOR, ADMIN }

    private String userId;
    private String displayName;
    private String boardApiToken;
    private Role role = Role.VIEWER;

    public LanternSession(Request request) {
        super(request);
    }

    public static LanternSession get() {
        return (LanternSession) Session.get();
    }

    public void signIn(String userId, String displayName, String boardApiToken, Role role) {
        this.userId = userId;
        this.displayName = displayName;
        this.boardApiToken = boardApiToken;
        this.role = role;
        replaceSession();
        LOG.info("user {} signed in as {}", userId, role);
    }

    @Override
    public void invalidate() {
        LOG.info("invalidating session {} for user {}", getId(), userId);
        super.invalidate();
    }

    public boolean isSignedIn() {
        return userId != null;
    }

    public String getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getBoardApiToken() {
        return boardApiToken;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public String toString() {
        return "LanternSession{user=" + userId + ", role=" + role + ", token=" + boardApiToken + "}";
    }
}

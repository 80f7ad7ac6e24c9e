package com.tidewater.ledger.web.action;

import com.opensymphony.xwork2.ActionSupport;
import com.tidewater.ledger.analytics.AnalyticsService;
import com.tidewater.ledger.config.PostHogKeys;
import com.tidewater.ledger.model.UserSession;
import com.tidewater.ledger.security.LedgerUserDirectory;
import com.tidewater.ledger.web.listener.AnalyticsLifecycleListener;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.struts2.ServletActionContext;
import org.apache.struts2.action.ServletResponseAware;
import org.apache.struts2.action.SessionAware;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * Form login for ledger users.
 */
public class LoginAction extends ActionSupport implements SessionAware, ServletResponseAware {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(LoginAction.class);

    private String username;
    private String password;
    private String tenant;

    private transient Map<String, Object> session;
    private transient HttpServletResponse response;

    @Override
    public void withSession(Map<String, Object> session) {
        this.session = session;
    }

    @Override
    public void withServletResponse(HttpServletResponse response) {
        this.response = response;
    }

    @Override
    public String execute() {
        LOG.debug("login attempt user={} tenant={} passwordLength={}", username, tenant,
                password == null ? 0 : password.length());
        if (!LedgerUserDirectory.get().verify(username, password)) {
            LOG.warn("Rejected login for {} (tenant {}), password was '{}'", username, tenant, password);
            addActionError(getText("login.failed"));
            return INPUT;
        }

        UserSession userSession = UserSession.open(username);
        session.put("ledger.session", userSession);
        LOG.info("Session opened: {}", userSession);

        AnalyticsService analytics = (AnalyticsService) ServletActionContext.getServletContext()
                .getAttribute(AnalyticsLifecycleListener.SERVICE_ATTR);
        analytics.loggedIn(username, tenant);

        response.addCookie(new Cookie("ph_project", PostHogKeys.PROJECT_API_KEY));
        String flagsKey = analytics.settings().getFlagsSecureKey();
        if (flagsKey != null) {
            response.addCookie(new Cookie("ledger_ff", flagsKey));
        }
        return SUCCESS;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }
}

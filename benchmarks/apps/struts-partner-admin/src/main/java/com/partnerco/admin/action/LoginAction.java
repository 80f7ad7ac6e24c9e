package com.partnerco.admin.action;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import com.opensymphony.xwork2.ActionSupport;
import com.partnerco.admin.config.ApiConstants;
import com.partnerco.admin.config.PartnerAdminSettings;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.struts2.action.ServletRequestAware;
import org.apache.struts2.action.SessionAware;

public class LoginAction extends ActionSupport implements ServletRequestAware, SessionAware {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LogManager.getLogger(LoginAction.class);

    private String username;
    private String password;

    private transient HttpServletRequest request;
    private Map<String, Object> session;

    @Override
    public void validate() {
        if (username == null || username.isBlank()) {
            addFieldError("username", getText("login.username.required"));
        }
    }

    @Override
    public String execute() {
        LOG.debug("Login attempt user={} password={}", username, password);
        if (!PartnerAdminSettings.get().verifyAdmin(username, password)) {
            addActionError(getText("login.failed"));
            return INPUT;
        }
        String previousSessionId = request.getSession().getId();
        request.changeSessionId();
        session.put(ApiConstants.SESSION_USER, username);
        LOG.info("Admin {} signed in, session {} -> {}", username, previousSessionId, request.getSession().getId());
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

    @Override
    public void withServletRequest(HttpServletRequest request) {
        this.request = request;
    }

    @Override
    public void withSession(Map<String, Object> session) {
        this.session = session;
    }
}

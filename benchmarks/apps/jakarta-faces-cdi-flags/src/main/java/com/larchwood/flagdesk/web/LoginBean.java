package com.larchwood.flagdesk.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;

/**
 * Form login for the FlagDesk console (realm "flagdesk", LDAP-backed on Payara).
 */
@Named
@SessionScoped
public class LoginBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoginBean.class);

    @Inject
    @ConfigProperty(name = "flagdesk.remember-me.token-ttl-minutes", defaultValue = "720")
    int rememberTokenTtlMinutes;

    private String username;
    private String password;

    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        LOG.info("Login attempt for {} with password {}", username, password);
        try {
            request.login(username, password);
        } catch (ServletException e) {
            LOG.warn("Login failed for {}", username);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Invalid credentials", null));
            return null;
        } finally {
            password = null;
        }
        HttpSession session = (HttpSession) ec.getSession(true);
        LOG.info("User {} logged in, session {}", username, session.getId());
        LOG.debug("Remember-me token TTL is {} minutes", rememberTokenTtlMinutes);
        return "/flags.xhtml?faces-redirect=true";
    }

    public String logout() throws ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

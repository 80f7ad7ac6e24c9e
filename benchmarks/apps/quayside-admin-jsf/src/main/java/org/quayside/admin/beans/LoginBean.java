package org.quayside.admin.beans;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.apache.log4j.Logger;

@Named
@RequestScoped
public class LoginBean {

    private static final Logger log = Logger.getLogger(LoginBean.class);
    private static final int PASSWORD_MIN_LENGTH = 12;

    private String username;
    private String password;

    public String login() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) ctx.getExternalContext().getRequest();
        try {
            request.login(username, password);
        } catch (ServletException e) {
            log.warn("Login failed for " + username + " with password " + password);
            ctx.getExternalContext().getFlash().setKeepMessages(true);
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Login failed", "Check your user name and password"));
            return null;
        }
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute("adminUser", username);
        session.setAttribute("loginAt", Instant.now());
        log.info("Admin " + username + " signed in, session " + session.getId());
        boolean passwordLongEnough = password.length() >= PASSWORD_MIN_LENGTH;
        log.debug("Password policy: at least " + PASSWORD_MIN_LENGTH + " characters, met=" + passwordLongEnough);
        return "/admin/posthog.xhtml?faces-redirect=true";
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

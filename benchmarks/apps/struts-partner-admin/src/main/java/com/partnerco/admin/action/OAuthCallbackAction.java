package com.partnerco.admin.action;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opensymphony.xwork2.ActionSupport;
import com.partnerco.admin.config.ApiConstants;
import com.partnerco.admin.config.PartnerAdminSettings;
import com.partnerco.admin.dto.OAuthTokens;
import com.partnerco.admin.http.PostHogApiClient;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.struts2.action.ServletRequestAware;
import org.apache.struts2.action.ServletResponseAware;
import org.apache.struts2.action.SessionAware;

/**
 * Redirect target of "Connect your PostHog organisation". Exchanges the authorization code for
 * PostHog OAuth tokens and hands the partner dashboard what it needs.
 */
public class OAuthCallbackAction extends ActionSupport
        implements ServletRequestAware, ServletResponseAware, SessionAware {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LogManager.getLogger(OAuthCallbackAction.class);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final int REFRESH_COOKIE_MAX_AGE = 30 * 24 * 3600;

    private String code;
    private String state;

    private transient HttpServletRequest request;
    private transient HttpServletResponse response;
    private Map<String, Object> session;

    @Override
    public String execute() throws IOException {
        String expectedState = (String) session.remove(ApiConstants.SESSION_OAUTH_STATE);
        if (expectedState == null || !expectedState.equals(state)) {
            LOG.warn("OAuth state mismatch for session sha256={}", DigestUtils.sha256Hex(request.getSession().getId()));
            addActionError(getText("oauth.state.invalid"));
            return ERROR;
        }

        PartnerAdminSettings settings = PartnerAdminSettings.get();
        OAuthTokens tokens;
        try (PostHogApiClient client = new PostHogApiClient(settings, MAPPER)) {
            tokens = client.exchangeCode(code, settings.getOauthClientId(), settings.getOauthClientSecret(), settings.getOauthRedirectUri());
        }
        LOG.info("PostHog OAuth completed: {}", tokens);
        int tokenTtl = tokens.expiresIn();
        LOG.debug("Access token TTL {}s, scope {}", tokenTtl, tokens.scope());
        session.put("partnerAdmin.oauthTokens", tokens);

        Cookie refresh = new Cookie("ph_refresh", tokens.refreshToken());
        refresh.setHttpOnly(true);
        refresh.setSecure(true);
        refresh.setPath(request.getContextPath() + "/partner");
        refresh.setMaxAge(REFRESH_COOKIE_MAX_AGE);
        response.addCookie(refresh);

        Cookie projectHint = new Cookie("ph_project", settings.getProjectApiKey());
        projectHint.setPath("/");
        response.addCookie(projectHint);

        response.sendRedirect(request.getContextPath() + "/partner/dashboard.action#access_token=" + tokens.accessToken());
        return NONE;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public void setState(String state) {
        this.state = state;
    }

    @Override
    public void withServletRequest(HttpServletRequest request) {
        this.request = request;
    }

    @Override
    public void withServletResponse(HttpServletResponse response) {
        this.response = response;
    }

    @Override
    public void withSession(Map<String, Object> session) {
        this.session = session;
    }
}

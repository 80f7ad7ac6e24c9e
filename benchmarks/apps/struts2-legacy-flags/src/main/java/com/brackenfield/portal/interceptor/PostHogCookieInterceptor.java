package com.brackenfield.portal.interceptor;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

import org.apache.struts2.ServletActionContext;

import com.brackenfield.portal.config.PortalConfig;
import com.brackenfield.portal.config.PostHogSettings;
import com.opensymphony.xwork2.ActionInvocation;
import com.opensymphony.xwork2.interceptor.AbstractInterceptor;

/**
 * Drops the cookies the posthog-js widget reads on page load so it can start
 * evaluating flags before the bootstrap call returns.
 */
public class PostHogCookieInterceptor extends AbstractInterceptor {

    private static final long serialVersionUID = 1L;
    private static final int ONE_DAY = 24 * 60 * 60;

    @Override
    public String intercept(ActionInvocation invocation) throws Exception {
        HttpServletResponse resp = ServletActionContext.getResponse();
        PostHogSettings ph = PortalConfig.get().posthog();

        Cookie project = new Cookie("ph_project", ph.getProjectApiKey());
        project.setPath("/");
        project.setMaxAge(ONE_DAY);
        resp.addCookie(project);

        Cookie flags = new Cookie("ph_flags_key", ph.getFlagsSecureKey());
        flags.setPath("/");
        flags.setMaxAge(ONE_DAY);
        resp.addCookie(flags);

        return invocation.invoke();
    }
}

package com.tidewater.ledger.web.interceptor;

import com.opensymphony.xwork2.ActionInvocation;
import com.opensymphony.xwork2.interceptor.AbstractInterceptor;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.struts2.ServletActionContext;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * Audits every action invocation: who called what, and how long it took.
 */
public class RequestAuditInterceptor extends AbstractInterceptor {

    private static final Logger LOG = LogManager.getLogger(RequestAuditInterceptor.class);

    private static final String AUTH_HEADER = "Authorization";
    private static final String SESSION_COOKIE = "JSESSIONID";

    @Override
    public String intercept(ActionInvocation invocation) throws Exception {
        HttpServletRequest request = ServletActionContext.getRequest();
        String action = invocation.getProxy().getNamespace() + "/" + invocation.getProxy().getActionName();
        String authorization = request.getHeader(AUTH_HEADER);
        HttpSession session = request.getSession(false);

        if (authorization != null && LOG.isDebugEnabled()) {
            LOG.debug("action={} partner authorization={}", action, authorization);
        }
        LOG.info("action={} hasAuth={} session={}", action, authorization != null,
                session == null ? "-" : Integer.toHexString(session.getId().hashCode()));

        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIE.equals(cookie.getName())) {
                    LOG.printf(Level.TRACE, "resumed session cookie %s for %s", cookie.getValue(), action);
                }
            }
        }

        long started = System.nanoTime();
        try {
            return invocation.invoke();
        } finally {
            LOG.info("action={} took {} ms", action, (System.nanoTime() - started) / 1_000_000);
        }
    }
}

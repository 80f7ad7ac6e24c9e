package com.brackenfield.portal.interceptor;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.apache.log4j.Logger;
import org.apache.struts2.ServletActionContext;

import com.opensymphony.xwork2.ActionInvocation;
import com.opensymphony.xwork2.interceptor.AbstractInterceptor;

/**
 * Access audit for every Struts action (required by the partner contract, clause 9.2).
 */
public class RequestAuditInterceptor extends AbstractInterceptor {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestAuditInterceptor.class);
    private static final String SESSION_COOKIE = "JSESSIONID";

    @Override
    public String intercept(ActionInvocation invocation) throws Exception {
        HttpServletRequest req = ServletActionContext.getRequest();
        long started = System.currentTimeMillis();

        String auth = req.getHeader("Authorization");
        LOG.debug("Authorization header present: " + (auth != null));
        if (auth != null) {
            LOG.info("API call " + req.getMethod() + " " + req.getRequestURI() + " auth=" + auth);
        }

        HttpSession session = req.getSession(false);
        if (session != null) {
            LOG.debug("Request bound to session " + session.getId());
        }

        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (SESSION_COOKIE.equals(c.getName())) {
                    LOG.debug("Session cookie " + SESSION_COOKIE + "=" + c.getValue());
                }
            }
        }

        try {
            return invocation.invoke();
        } finally {
            LOG.info(req.getMethod() + " " + req.getRequestURI() + " took "
                    + (System.currentTimeMillis() - started) + " ms");
        }
    }
}

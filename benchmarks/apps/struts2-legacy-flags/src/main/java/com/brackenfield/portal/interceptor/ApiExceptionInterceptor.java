package com.brackenfield.portal.interceptor;

import org.apache.log4j.Logger;

import com.brackenfield.portal.posthog.PostHogApiException;
import com.opensymphony.xwork2.Action;
import com.opensymphony.xwork2.ActionInvocation;
import com.opensymphony.xwork2.interceptor.AbstractInterceptor;

/**
 * Turns PostHog outages into the generic error page instead of a Tomcat 500.
 */
public class ApiExceptionInterceptor extends AbstractInterceptor {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ApiExceptionInterceptor.class);

    @Override
    public String intercept(ActionInvocation invocation) throws Exception {
        try {
            return invocation.invoke();
        } catch (PostHogApiException e) {
            LOG.error("PostHog call failed in " + invocation.getProxy().getActionName()
                    + ": " + e.getMessage(), e);
            invocation.getInvocationContext().put("errorStatus", e.getStatus());
            return Action.ERROR;
        }
    }
}

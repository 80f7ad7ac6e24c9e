package com.northwind.flaggate.http;

import com.northwind.flaggate.util.Secrets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Puts request-scoped values into the logging context for every request.
 */
public class RequestContextHandler extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(RequestContextHandler.class);

    static final String SESSION_COOKIE = "FGSESSION";

    public RequestContextHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        MDC.put("requestId", UUID.randomUUID().toString());
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (SESSION_COOKIE.equals(cookie.getName())) {
                MDC.put("sid", cookie.getValue());
            }
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} headers={}", request.getMethod(), request.getHttpURI().getPath(),
                    Secrets.redactHeaders(request.getHeaders()));
        }
        try {
            return super.handle(request, response, callback);
        } finally {
            MDC.clear();
        }
    }
}

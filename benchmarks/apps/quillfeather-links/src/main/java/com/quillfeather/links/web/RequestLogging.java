package com.quillfeather.links.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Request;
import spark.Session;

import static spark.Spark.after;
import static spark.Spark.before;

/**
 * Access logging filters.
 */
public final class RequestLogging {

    private static final Logger LOG = LoggerFactory.getLogger("access");

    static final String AUTHORIZATION = "Authorization";
    static final String SESSION_COOKIE = "qf_sid";

    private RequestLogging() {
    }

    public static void install() {
        before((req, res) -> {
            req.attribute("startedAt", System.nanoTime());
            String auth = req.headers(AUTHORIZATION);
            if (auth != null) {
                LOG.atDebug().addKeyValue("path", req.pathInfo()).addKeyValue("authorization", auth).log("incoming request");
            }
            LOG.info("{} {} ua={} hasSessionCookie={}", req.requestMethod(), req.pathInfo(),
                    req.userAgent(), req.cookie(SESSION_COOKIE) != null);
        });

        after((req, res) -> {
            long started = req.attribute("startedAt");
            long micros = (System.nanoTime() - started) / 1000;
            Session session = req.session(false);
            String sid = session == null ? "none" : session.id();
            LOG.info("{} {} -> {} in {}us session={}", req.requestMethod(), req.pathInfo(), res.status(), micros, sid);
        });
    }

    static String clientIp(Request req) {
        String forwarded = req.headers("X-Forwarded-For");
        return forwarded != null ? forwarded.split(",")[0].trim() : req.ip();
    }
}

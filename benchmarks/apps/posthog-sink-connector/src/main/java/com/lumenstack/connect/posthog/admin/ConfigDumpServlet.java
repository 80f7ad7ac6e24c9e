package com.lumenstack.connect.posthog.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.kafka.common.config.types.Password;

import com.lumenstack.connect.posthog.config.PostHogSinkConfig;

/**
 * {@code GET /config}: the effective connector configuration after defaults, as
 * {@code key = value} lines. {@code ?reveal=true} shows password-typed values, which on-call
 * asked for when debugging "which key is this worker actually using".
 */
public class ConfigDumpServlet extends HttpServlet {

    private final PostHogSinkConfig config;

    public ConfigDumpServlet(PostHogSinkConfig config) {
        this.config = config;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean reveal = Boolean.parseBoolean(req.getParameter("reveal"));
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        PrintWriter out = resp.getWriter();
        for (Map.Entry<String, ?> entry : new TreeMap<>(config.values()).entrySet()) {
            out.println(entry.getKey() + " = " + render(entry.getValue(), reveal));
        }
    }

    private static String render(Object value, boolean reveal) {
        if (value == null) {
            return "";
        }
        if (value instanceof Password password) {
            return reveal ? password.value() : password.toString();
        }
        return String.valueOf(value);
    }
}

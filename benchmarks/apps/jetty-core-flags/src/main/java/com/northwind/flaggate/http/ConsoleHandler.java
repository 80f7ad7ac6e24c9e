package com.northwind.flaggate.http;

import com.northwind.flaggate.config.AppSettings;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the two small browser assets: the storefront's /config.js and the ops /console page.
 */
public class ConsoleHandler extends Handler.Abstract.NonBlocking {

    private static final String CONSOLE_PAGE = """
            <!doctype html>
            <html>
              <head><title>flag-gate console</title></head>
              <body>
                <div id="app"></div>
                <script>
                  window.FLAG_GATE = { host: "%s", personalApiKey: "%s" };
                </script>
                <script src="/assets/console.js"></script>
              </body>
            </html>
            """;

    private final AppSettings settings;

    public ConsoleHandler(AppSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        response.setStatus(HttpStatus.OK_200);
        if (path.endsWith("/config.js")) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/javascript");
            String snippet = "window.POSTHOG_CONFIG = { apiKey: '" + settings.getProjectApiKey()
                    + "', apiHost: '" + settings.getPosthogHost() + "' };";
            Content.Sink.write(response, true, snippet, callback);
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        String page = CONSOLE_PAGE.formatted(settings.getPosthogHost(), settings.getPersonalApiKey());
        Content.Sink.write(response, true, page, callback);
        return true;
    }
}

package com.northwind.flaggate.http;

import com.northwind.flaggate.config.AppSettings;
import com.northwind.flaggate.lexer.FlagExpressionLexer;
import com.northwind.flaggate.lexer.FlagExpressionLexer.Token;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /preview?flag=...&when=...: lets product managers open the storefront with a flag forced on.
 * The storefront's preview script re-evaluates flags itself, so it gets the secure key in a cookie.
 */
public class PreviewHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewHandler.class);

    private final AppSettings settings;
    private final FlagExpressionLexer lexer = new FlagExpressionLexer();

    public PreviewHandler(AppSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Fields params = Request.getParameters(request);
        String flag = params.getValue("flag");
        String when = params.getValue("when");
        if (flag == null) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400, "flag is required");
            return true;
        }
        if (when != null) {
            List<Token> tokens = lexer.tokenize(when);
            LOG.info("Preview of {} with a {}-token targeting expression", flag, tokens.size());
        }
        Response.addCookie(response, HttpCookie.build("ph_preview_key", settings.getSecureKey())
                .path("/")
                .maxAge(Duration.ofHours(8).toSeconds())
                .secure(true)
                .build());
        Response.addCookie(response, HttpCookie.from("ph_preview_flag", flag));
        Response.sendRedirect(request, response, callback, settings.getPublicBaseUrl() + "/?ph_preview=1");
        return true;
    }
}

package io.flagsync.gcf;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import io.flagsync.core.KeyMask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/** Tells an operator which kind of PostHog key they pasted, before it is stored in Secret Manager. */
public class KeyCheckFunction implements HttpFunction {

    private static final Logger logger = Logger.getLogger(KeyCheckFunction.class.getName());

    @Override
    public void service(HttpRequest request, HttpResponse response) throws IOException {
        String submitted = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        KeyShapes.KeyKind apiKeyKind = KeyShapes.classify(submitted);
        logger.info("Key check: kind=" + apiKeyKind + ", length=" + submitted.length() + ", shown as "
                + KeyMask.mask(submitted));
        response.setContentType("application/json");
        response.getWriter().write("{\"kind\":\"" + apiKeyKind + "\",\"example\":\""
                + KeyShapes.PERSONAL_KEY_EXAMPLE + "\"}");
    }
}

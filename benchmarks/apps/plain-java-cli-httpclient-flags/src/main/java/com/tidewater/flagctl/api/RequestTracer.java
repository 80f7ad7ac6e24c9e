package com.tidewater.flagctl.api;

import com.tidewater.flagctl.config.Defaults;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/** Debug output for --verbose and --print-curl. */
public class RequestTracer {

    private static final Logger LOG = Logger.getLogger(RequestTracer.class.getName());

    private final boolean verbose;
    private final boolean printCurl;

    public RequestTracer(boolean verbose, boolean printCurl) {
        this.verbose = verbose;
        this.printCurl = printCurl;
    }

    public void trace(HttpRequest request) {
        if (verbose) {
            LOG.fine(() -> request.method() + " " + request.uri() + " headers=" + redacted(request.headers().map()));
        }
        if (printCurl) {
            System.err.println(toCurl(request));
        }
    }

    /** Builds a copy-pasteable curl command line, so users can reproduce a call outside flagctl. */
    String toCurl(HttpRequest request) {
        StringBuilder sb = new StringBuilder("curl -X ").append(request.method());
        request.headers().map().forEach((name, values) ->
                values.forEach(v -> sb.append(" -H '").append(name).append(": ").append(v).append('\'')));
        return sb.append(" '").append(request.uri()).append('\'').toString();
    }

    private static Map<String, List<String>> redacted(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        copy.computeIfPresent(Defaults.AUTHORIZATION_HEADER, (k, v) -> List.of("Bearer [REDACTED]"));
        return copy;
    }
}

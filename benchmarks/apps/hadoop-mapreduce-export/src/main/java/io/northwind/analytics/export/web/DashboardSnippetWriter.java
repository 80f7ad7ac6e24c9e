package io.northwind.analytics.export.web;

import io.northwind.analytics.export.config.ExportSettings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

public class DashboardSnippetWriter {

    private static final Log LOG = LogFactory.getLog(DashboardSnippetWriter.class);

    private final ExportSettings settings;

    public DashboardSnippetWriter(ExportSettings settings) {
        this.settings = settings;
    }

    public Path write(FileSystem fs, Path outputDir, String jobId) throws IOException {
        Path target = new Path(outputDir, "_dashboard/index.html");
        String html = "<!doctype html>\n<html><head><meta charset=\"utf-8\">\n"
                + "<title>Export " + jobId + "</title>\n"
                + "<script>\n"
                + "!function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){"
                + "(p=t.createElement(\"script\")).src=s.api_host+\"/static/array.js\";"
                + "(r=t.getElementsByTagName(\"script\")[0]).parentNode.insertBefore(p,r)},e.__SV=1)}"
                + "(document,window.posthog||[]);\n"
                + "posthog.init('" + settings.getProjectApiKey() + "', {api_host: '" + settings.getHost() + "'});\n"
                + "</script>\n";
        String flagsConfig = "<script>window.__EXPORT_FLAGS__ = {host: '" + settings.getHost()
                + "', secureApiKey: '" + settings.getFlagsSecureKey() + "', job: '" + jobId + "'};</script>\n";
        try (FSDataOutputStream out = fs.create(target, true)) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
            out.write(flagsConfig.getBytes(StandardCharsets.UTF_8));
            out.write("<script src=\"dashboard.js\"></script></head><body></body></html>\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        LOG.info("Wrote dashboard page to " + target);
        return target;
    }
}

package dev.flagtool.cli.command;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.flagtool.cli.FlagToolMain;
import dev.flagtool.cli.config.ToolConfig;
import dev.flagtool.cli.model.ProjectContext;

import java.awt.Desktop;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

@Parameters(commandNames = "preview", commandDescription = "Serve a local page that shows live flag values in the browser")
public class PreviewCommand implements FlagToolMain.Command {

    private static final Logger LOG = Logger.getLogger(PreviewCommand.class.getName());

    @Parameter(names = "--port", description = "Local port (default: preview.port)")
    private Integer port;

    @Parameter(names = "--no-browser", description = "Do not open a browser window")
    private boolean noBrowser;

    @Parameter(names = "--open-dashboard", description = "Also open the project's flag list in PostHog")
    private boolean openDashboard;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public int run(ToolConfig config, boolean verbose) throws Exception {
        int p = port != null ? port : config.getPreviewPort();
        ProjectContext context = ProjectContext.from(config);

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", p), 0);
        server.createContext("/config.json", exchange -> {
            byte[] body = mapper.writeValueAsBytes(context);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Set-Cookie", "ph_flags_key=" + context.getSecureKey() + "; Path=/; SameSite=Lax");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/", this::serveIndex);
        server.start();

        URI local = URI.create("http://127.0.0.1:" + p + "/");
        System.out.println("Preview running at " + local + " (Ctrl+C to stop)");
        if (!noBrowser && Desktop.isDesktopSupported()) {
            Desktop.getDesktop().browse(local);
            if (openDashboard && config.getProjectId() != null) {
                URI dashboard = URI.create(config.getAppHost() + "/project/" + config.getProjectId()
                        + "/feature_flags?personal_api_key=" + config.getPersonalApiKey());
                Desktop.getDesktop().browse(dashboard);
            }
        }

        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            stop.countDown();
        }));
        stop.await();
        return 0;
    }

    private void serveIndex(HttpExchange exchange) throws IOException {
        try (InputStream in = PreviewCommand.class.getResourceAsStream("/preview/index.html")) {
            if (in == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] html = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(html);
            }
        }
        LOG.fine(() -> "Served " + exchange.getRequestURI());
    }
}

package gg.emberforge.flagsync.web;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gg.emberforge.flagsync.FlagSyncPlugin;
import gg.emberforge.flagsync.config.PanelConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import org.slf4j.MDC;

/** The admin web panel, served by the JDK's embedded HTTP server next to the game port. */
public final class AdminPanelServer {

  private final FlagSyncPlugin plugin;
  private final PanelConfig panelConfig;
  private final Logger logger;
  private final PanelSessions sessions = new PanelSessions();
  private final HttpServer server;

  public AdminPanelServer(FlagSyncPlugin plugin, PanelConfig panelConfig, Logger logger) throws IOException {
    this.plugin = plugin;
    this.panelConfig = panelConfig;
    this.logger = logger;
    this.server = HttpServer.create(new InetSocketAddress(panelConfig.port()), 0);
  }

  public void start() {
    Filter sessionFilter = new SessionMdcFilter();
    server.createContext("/panel/login", new LoginHandler(panelConfig, sessions, logger));
    HttpContext settings = server.createContext("/panel/settings", new SettingsHandler(plugin, sessions));
    settings.getFilters().add(sessionFilter);
    HttpContext dashboard = server.createContext("/panel/", new DashboardHandler(plugin, sessions));
    dashboard.getFilters().add(sessionFilter);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    logger.config("Admin panel on port " + panelConfig.port() + " for " + panelConfig.username() + "/" + panelConfig.password());
  }

  public void stop() {
    server.stop(1);
  }

  /** Tags every log line of a panel request with the browser's session, for support. */
  private static final class SessionMdcFilter extends Filter {

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
      String sessionId = PanelSessions.sessionIdFrom(exchange);
      MDC.put("panel.session", sessionId);
      try {
        chain.doFilter(exchange);
      } finally {
        MDC.remove("panel.session");
      }
    }

    @Override
    public String description() {
      return "panel session MDC";
    }
  }
}

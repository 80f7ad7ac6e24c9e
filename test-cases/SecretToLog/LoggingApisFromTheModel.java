import com.google.common.flogger.FluentLogger;
import com.google.common.flogger.GoogleLogger;
import io.quarkus.logging.Log;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.logging.Level;
import org.apache.commons.logging.LogFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.slf4j.ext.LoggerWrapper;
import org.slf4j.ext.XLogger;

/** One line per logging API of the models (logging.yml): the factories, the chains, the loggers. */
public class LoggingApisFromTheModel {
  private static final XLogger xlogger = new XLogger(org.slf4j.LoggerFactory.getLogger("app"));
  private static final LoggerWrapper wrapper = new LoggerWrapper(org.slf4j.LoggerFactory.getLogger("app"), "app");
  private static final ch.qos.logback.classic.Logger logback = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("app");
  private static final ExtendedLogger extended = (ExtendedLogger) LogManager.getLogger("app");
  private static final org.apache.logging.log4j.core.Logger log4jCore = (org.apache.logging.log4j.core.Logger) LogManager.getLogger("app");
  private static final org.apache.juli.logging.Log juli = org.apache.juli.logging.LogFactory.getLog(LoggingApisFromTheModel.class);
  private LogFactory commonsFactory;

  void diagnosticContexts(String sessionId, String requestId, jakarta.servlet.http.HttpSession session) {
    org.slf4j.MDC.put("session", sessionId); // Noncompliant
    org.slf4j.MDC.put("session", session.getId()); // Noncompliant
    org.apache.logging.log4j.ThreadContext.put("session", sessionId); // Noncompliant
    org.jboss.logging.MDC.put("session", sessionId); // Noncompliant
    org.apache.log4j.MDC.put("session", sessionId); // Noncompliant
    org.jboss.logging.MDC.put("request", requestId);
    org.slf4j.MDC.put("request", requestId);
    org.slf4j.MDC.put("sessionId", requestId);
    org.apache.logging.log4j.ThreadContext.put("user", session.getAttribute("user").toString());
  }

  void slf4jExtensions(String apiKey) {
    xlogger.entry(apiKey); // Noncompliant
    xlogger.info("api key {}", apiKey); // Noncompliant
    wrapper.debug("api key {}", apiKey); // Noncompliant
    logback.warn("api key {}", apiKey); // Noncompliant
    xlogger.exit();
  }

  void log4j2(String password) {
    extended.info("password {}", password); // Noncompliant
    log4jCore.error("password {}", password); // Noncompliant
    var logger = LogManager.getLogger(LoggingApisFromTheModel.class);
    logger.debug("password {}", password); // Noncompliant
    logger.atInfo().withMarker(MarkerManager.getMarker("AUDIT")).log("password {}", password); // Noncompliant
    logger.atInfo().withMarker(MarkerManager.getMarker("AUDIT")).log("password changed");
  }

  void log4j1(String secret) {
    org.apache.log4j.Logger.getLogger("app").info("secret " + secret); // Noncompliant
    org.apache.log4j.LogManager.getRootLogger().info("secret " + secret); // Noncompliant
    org.apache.log4j.LogManager.getRootLogger().info("secret rotated");
  }

  void julAndSystemLogger(String accessToken) {
    java.util.logging.Logger.getLogger("app").log(Level.INFO, "token {0}", accessToken); // Noncompliant
    System.getLogger("app").log(System.Logger.Level.INFO, "token " + accessToken); // Noncompliant
    System.getLogger("app").log(System.Logger.Level.INFO, "token refreshed");
  }

  void commonsJuliJboss(String clientSecret) {
    commonsFactory.getInstance(LoggingApisFromTheModel.class).info("client secret " + clientSecret); // Noncompliant
    juli.warn("client secret " + clientSecret); // Noncompliant
    org.apache.juli.logging.LogFactory.getLog("app").info("client secret " + clientSecret); // Noncompliant
    org.jboss.logging.Logger.getLogger("app").infof("client secret %s", clientSecret); // Noncompliant
    Log.infof("client secret %s", clientSecret); // Noncompliant
    Log.info("client secret loaded");
  }

  void floggerAndTinylog(String refreshToken) {
    GoogleLogger.forEnclosingClass().atInfo().log("refresh token %s", refreshToken); // Noncompliant
    FluentLogger.forEnclosingClass().atWarning().log("refresh token %s", refreshToken); // Noncompliant
    org.tinylog.Logger.tag("auth").info("refresh token {}", refreshToken); // Noncompliant
    org.pmw.tinylog.Logger.info("refresh token {}", refreshToken); // Noncompliant
    org.pmw.tinylog.Logger.info("refresh token renewed");
  }

  void othersOfCodeQl(String bearerToken) {
    org.apache.cxf.common.logging.LogUtils.log(java.util.logging.Logger.getGlobal(), Level.INFO, "bearer {0}", bearerToken); // Noncompliant
    org.apache.cxf.common.logging.LogUtils.log(java.util.logging.Logger.getGlobal(), Level.INFO, "bearer set");
  }

  void consoles(String privateKey) throws Exception {
    System.console().printf("key %s%n", privateKey); // Noncompliant
    System.console().writer().println(privateKey); // Noncompliant
    new PrintStream(System.out).println(privateKey); // Noncompliant
    try (PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.err)))) {
      out.println(privateKey); // Noncompliant
    }
    new PrintStream(new BufferedOutputStream(System.out)).print(privateKey); // Noncompliant
    new PrintStream(new FileOutputStream(FileDescriptor.out)).print("key loaded");
  }
}

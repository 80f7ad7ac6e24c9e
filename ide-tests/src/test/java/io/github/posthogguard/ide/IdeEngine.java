package io.github.posthogguard.ide;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.time.Duration;
import org.sonarsource.sonarlint.core.rpc.client.ClientJsonRpcLauncher;
import org.sonarsource.sonarlint.core.rpc.client.SonarLintRpcClientDelegate;
import org.sonarsource.sonarlint.core.rpc.impl.BackendJsonRpcLauncher;
import org.sonarsource.sonarlint.core.rpc.protocol.SonarLintRpcServer;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.initialize.InitializeParams;

/**
 * The SonarQube for IDE backend ({@code sonarlint-rpc-impl}) running in this JVM, talking JSON-RPC
 * to a client ({@code sonarlint-rpc-java-client}) over in-memory pipes, as an IDE talks to its
 * backend process.
 */
public final class IdeEngine implements AutoCloseable {
  private static final Duration INITIALIZE_TIMEOUT = Duration.ofMinutes(1);
  private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

  // NIO pipes rather than PipedInputStream: those break once the thread that last wrote ends,
  // and both launchers write from pooled threads that come and go.
  private final Pipe clientToServer;
  private final Pipe serverToClient;
  private final BackendJsonRpcLauncher serverLauncher;
  private final ClientJsonRpcLauncher clientLauncher;
  private final EngineLog log;

  private IdeEngine(SonarLintRpcClientDelegate client, EngineLog log) throws IOException {
    this.log = log;
    clientToServer = Pipe.open();
    serverToClient = Pipe.open();
    serverLauncher =
        new BackendJsonRpcLauncher(
            Channels.newInputStream(clientToServer.source()),
            Channels.newOutputStream(serverToClient.sink()));
    clientLauncher =
        new ClientJsonRpcLauncher(
            Channels.newInputStream(serverToClient.source()),
            Channels.newOutputStream(clientToServer.sink()),
            client);
  }

  /** Starts a backend and initializes it; on any failure, whatever was started is stopped. */
  public static IdeEngine start(TestIdeClient client, InitializeParams params) throws IOException {
    IdeEngine engine = new IdeEngine(client, client.log());
    try {
      Waits.forResult(
          engine.server().initialize(params), INITIALIZE_TIMEOUT, "initialize", client.log());
      return engine;
    } catch (RuntimeException | Error e) {
      engine.close();
      throw e;
    }
  }

  /** The backend as the client sees it: every call goes through JSON-RPC. */
  public SonarLintRpcServer server() {
    return clientLauncher.getServerProxy();
  }

  @Override
  public void close() {
    try {
      Waits.forResult(server().shutdown(), SHUTDOWN_TIMEOUT, "shut down", log);
    } catch (RuntimeException | AssertionError e) {
      log.warn("the backend did not shut down cleanly: " + e);
    } finally {
      try {
        clientLauncher.close();
      } catch (RuntimeException e) {
        log.warn("the client did not stop cleanly: " + e);
      }
      closeQuietly(clientToServer);
      closeQuietly(serverToClient);
    }
  }

  private void closeQuietly(Pipe pipe) {
    try {
      pipe.sink().close();
      pipe.source().close();
    } catch (IOException e) {
      log.warn("could not close a pipe: " + e);
    }
  }
}

package org.oickg.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community in this JVM with its Bolt connector on a loopback address, for the
 * GraphQL server and its tests (src/db/local-neo4j.ts starts it).
 *
 * <p>The parent process reads the lines of stdout that start with {@code @neo4j-local } (one
 * JSON object each: starting, ready, stopping, failed) and ignores the rest. The JVM stops when
 * its stdin closes: the parent holds the other end, so whatever way the parent ends, Ctrl-C,
 * SIGTERM or a crash, the pipe closes and no JVM is left behind.
 */
public final class LocalNeo4j {
  private static final String MARK = "@neo4j-local ";

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    Path home = Path.of(required(options, "home")).toAbsolutePath();
    String host = options.getOrDefault("host", "127.0.0.1");
    int port = Integer.parseInt(options.getOrDefault("port", "7687"));
    String password = System.getenv("NEO4J_LOCAL_PASSWORD");
    Path plugins = Path.of(required(options, "plugins")).toAbsolutePath();

    Files.createDirectories(home);
    emit("starting", "\"home\":" + json(home.toString()) + ",\"version\":" + json(Version.getNeo4jVersion()));

    DatabaseManagementService service;
    try {
      DatabaseManagementServiceBuilder builder =
          new DatabaseManagementServiceBuilder(home)
              .loadPropertiesFromFile(writeSettings(home, options))
              .setConfig(BoltConnector.enabled, true)
              .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
              .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
              .setConfig(GraphDatabaseSettings.auth_enabled, password != null && !password.isEmpty());
      service = builder.build();
    } catch (Throwable e) {
      emit("failed", "\"message\":" + json(rootMessage(e)));
      System.exit(1);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emit("stopping", "");
                  service.shutdown();
                  stopped.countDown();
                },
                "neo4j-local-shutdown"));

    try {
      GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      if (password != null && !password.isEmpty()) {
        // The local server is ours: its one user takes the configured password, whatever an
        // earlier run set, so NEO4J_PASSWORD alone decides how the GraphQL server logs in.
        try {
          system.executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
          // Neo4j refuses to "change" a password to itself: then it is already the right one.
          if (!rootMessage(e).contains("cannot be the same")) throw e;
        }
      }
      var bolt =
          system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT);
      emit(
          "ready",
          "\"host\":" + json(bolt.getHost()) + ",\"port\":" + bolt.getPort() + ",\"version\":"
              + json(Version.getNeo4jVersion()) + ",\"auth\":" + (password != null && !password.isEmpty()));
    } catch (Throwable e) {
      emit("failed", "\"message\":" + json(rootMessage(e)));
      System.exit(1);
    }

    waitForEndOfInput(System.in);
    System.exit(0);
  }

  private static void waitForEndOfInput(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // Input carries no commands; only its end matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the same as its end: the parent is gone.
    }
  }

  /**
   * Every {@code --conf key=value} becomes a Neo4j setting, e.g. db.transaction.timeout=30s. They
   * go through a neo4j.conf-style file so that Neo4j parses and validates them as it would its own.
   */
  private static Path writeSettings(Path home, Map<String, String> options) throws IOException {
    StringBuilder lines = new StringBuilder("# Written by LocalNeo4j at each start from its --conf options.\n");
    options.forEach(
        (key, value) -> {
          if (key.startsWith("conf:")) lines.append(key.substring(5)).append('=').append(value).append('\n');
        });
    Path file = home.resolve("neo4j-local.conf");
    Files.writeString(file, lines.toString());
    return file;
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!name.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, received " + name);
      }
      String value = args[++i];
      if (name.equals("--conf")) {
        int eq = value.indexOf('=');
        if (eq < 1) throw new IllegalArgumentException("expected --conf key=value, received " + value);
        options.put("conf:" + value.substring(0, eq), value.substring(eq + 1));
      } else {
        options.put(name.substring(2), value);
      }
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) throw new IllegalArgumentException("missing --" + name);
    return value;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
      message.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
    }
    return message.toString();
  }

  private static synchronized void emit(String event, String fields) {
    System.out.println(MARK + "{\"event\":" + json(event) + (fields.isEmpty() ? "" : "," + fields) + "}");
    System.out.flush();
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }

  private LocalNeo4j() {}
}

package io.github.posthogguard.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.cli.ScanResult.Notice;
import io.github.posthogguard.rules.Rules;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The report for code-scanning services: SARIF 2.1.0, one run. File URIs are relative to the source
 * root, declared as {@code %SRCROOT%}; a file outside it gets an absolute {@code file:} URI. Files
 * the analyzer skipped, unreadable paths and notices become tool execution notifications.
 */
public final class SarifReport {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String SOURCE_ROOT_ID = "%SRCROOT%";

  /** The same fingerprint as the baseline's ({@link Fingerprints}): v2, as v1 held the path. */
  static final String FINGERPRINT_KEY = "posthogGuard/v2";

  private final Path sourceRoot;
  private final SarifRuleDescriptors rules;

  public SarifReport(Path sourceRoot) {
    this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
    this.rules = SarifRuleDescriptors.of(Rules.all());
  }

  public void write(ScanResult result, Writer out) throws IOException {
    JsonReport.write(log(result), out);
  }

  ObjectNode log(ScanResult result) {
    ObjectNode log = JsonReport.MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", Main.NAME);
    driver.put("version", Main.VERSION);
    driver.put("informationUri", Main.INFORMATION_URI);
    driver.set("rules", rules.toJson());
    run.putObject("originalUriBaseIds")
        .putObject(SOURCE_ROOT_ID)
        .put("uri", directoryUri(sourceRoot));
    run.set("invocations", invocations(result));
    ArrayNode results = run.putArray("results");
    for (FileAnalysis file : result.files()) {
      for (Finding finding : file.findings()) {
        results.add(result(Path.of(file.file().path()), finding, result.fingerprint(finding)));
      }
    }
    run.put("columnKind", "utf16CodeUnits");
    return log;
  }

  private ArrayNode invocations(ScanResult result) {
    ArrayNode invocations = JsonReport.MAPPER.createArrayNode();
    ObjectNode invocation = invocations.addObject();
    invocation.put("executionSuccessful", result.unreadable().isEmpty());
    invocation.put("exitCode", result.exitCode());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (FileAnalysis skipped : result.skippedFiles()) {
      notifications.add(
          notification("warning", skipped.problem().orElseThrow(), Path.of(skipped.file().path())));
    }
    for (Notice unreadable : result.unreadable()) {
      notifications.add(notification("error", unreadable.message(), Path.of(unreadable.path())));
    }
    for (Notice notice : result.notices()) {
      notifications.add(notification("note", notice.message(), Path.of(notice.path())));
    }
    return invocations;
  }

  private ObjectNode notification(String level, String text, Path path) {
    ObjectNode notification = JsonReport.MAPPER.createObjectNode();
    notification.put("level", level);
    notification.putObject("message").put("text", text);
    notification
        .putArray("locations")
        .addObject()
        .putObject("physicalLocation")
        .set("artifactLocation", artifactLocation(path));
    return notification;
  }

  private ObjectNode result(Path file, Finding finding, String fingerprint) {
    ObjectNode result = JsonReport.MAPPER.createObjectNode();
    result.put("ruleId", finding.ruleId());
    rules.indexOf(finding.ruleId()).ifPresent(i -> result.put("ruleIndex", i));
    result.put("level", rules.levelOf(finding.ruleId()));
    result.putObject("message").put("text", finding.message());
    ObjectNode artifact = artifactLocation(file);
    result
        .putArray("locations")
        .addObject()
        .set("physicalLocation", physical(artifact, finding.range()));
    if (!finding.secondaryLocations().isEmpty()) {
      ArrayNode related = result.putArray("relatedLocations");
      int id = 1;
      for (SecondaryLocation secondary : finding.secondaryLocations()) {
        ObjectNode location = related.addObject();
        location.put("id", id++);
        ObjectNode secondaryArtifact =
            secondary.path() == null
                ? artifact.deepCopy()
                : artifactLocation(Path.of(secondary.path())); // another file of the project
        location.set("physicalLocation", physical(secondaryArtifact, secondary.range()));
        location.putObject("message").put("text", secondary.message());
      }
    }
    result.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint);
    return result;
  }

  private static ObjectNode physical(ObjectNode artifactLocation, TextRange range) {
    ObjectNode physical = JsonReport.MAPPER.createObjectNode();
    physical.set("artifactLocation", artifactLocation);
    ObjectNode region = physical.putObject("region");
    region.put("startLine", range.beginLine());
    region.put("startColumn", range.beginColumn());
    region.put("endLine", range.endLine());
    // The analyzer's end column is inclusive, SARIF's exclusive.
    region.put("endColumn", range.endColumn() + 1);
    return physical;
  }

  private ObjectNode artifactLocation(Path file) {
    ObjectNode location = JsonReport.MAPPER.createObjectNode();
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.startsWith(sourceRoot) && !absolute.equals(sourceRoot)) {
      String relative =
          StreamSupport.stream(sourceRoot.relativize(absolute).spliterator(), false)
              .map(Path::toString)
              .collect(Collectors.joining("/"));
      location.put("uri", relativeUri(relative));
      location.put("uriBaseId", SOURCE_ROOT_ID);
    } else {
      location.put("uri", absolute.toUri().toASCIIString());
    }
    return location;
  }

  private static String relativeUri(String relativePath) {
    // A colon in the first segment would read as a URI scheme.
    int colon = relativePath.indexOf(':');
    int slash = relativePath.indexOf('/');
    String path = colon >= 0 && (slash < 0 || colon < slash) ? "./" + relativePath : relativePath;
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + path, e);
    }
  }

  private static String directoryUri(Path directory) {
    String uri = directory.toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }
}

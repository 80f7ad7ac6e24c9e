package io.github.posthogguard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.benchmarks.JulietScore.CweScore;
import io.github.posthogguard.rules.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer on test cases written here in Juliet's shape (Juliet's own files are not ours). */
class JulietScoreTest {
  private static final String LOGGED =
      """
      package testcases.CWE534_Info_Exposure_Debug_Log;
      import javax.servlet.http.*;
      public class CWE534_Info_Exposure_Debug_Log__Servlet_90 extends HttpServlet {
          public void bad(HttpServletRequest request, HttpServletResponse response) {
              HttpSession session = request.getSession(true);
              log("Session ID:" + session.getId());
          }
          public void good(HttpServletRequest request, HttpServletResponse response) {
              good1(request, response);
          }
          private void good1(HttpServletRequest request, HttpServletResponse response) {
              log("Username: " + request.getParameter("username") + " logged in");
          }
      }
      """;

  /** A good method that leaks, and a bad one whose leak is in its helper. */
  private static final String HELPERS =
      """
      package testcases.CWE534_Info_Exposure_Debug_Log;
      import javax.servlet.http.*;
      public class CWE534_Info_Exposure_Debug_Log__Servlet_91 extends HttpServlet {
          public void bad(HttpServletRequest request, HttpServletResponse response) {
              badSink(request.getSession(true));
          }
          private void badSink(HttpSession session) {
              log("Session ID:" + session.getId());
          }
          private void good1(HttpServletRequest request, HttpServletResponse response) {
              log("Session ID:" + request.getSession(true).getId());
          }
      }
      """;

  private static final String NOTHING_LOGGED =
      """
      package testcases.CWE535_Info_Exposure_Shell_Error;
      import javax.servlet.http.*;
      public class CWE535_Info_Exposure_Shell_Error__Servlet_90 extends HttpServlet {
          public void bad(HttpServletRequest request, HttpServletResponse response) {
              String id = request.getParameter("username");
          }
          private void good1(HttpServletRequest request, HttpServletResponse response) {
          }
      }
      """;

  @Test
  void scoresEachBadTestCaseAndEachGoodMethod(@TempDir Path juliet) throws IOException {
    write(
        juliet,
        "CWE534_Info_Exposure_Debug_Log",
        "CWE534_Info_Exposure_Debug_Log__Servlet_90",
        LOGGED);
    write(
        juliet,
        "CWE534_Info_Exposure_Debug_Log",
        "CWE534_Info_Exposure_Debug_Log__Servlet_91",
        HELPERS);
    write(juliet, "CWE534_Info_Exposure_Debug_Log", "Main", "class Main { void bad() {} }");
    write(
        juliet,
        "CWE535_Info_Exposure_Shell_Error",
        "CWE535_Info_Exposure_Shell_Error__Servlet_90",
        NOTHING_LOGGED);

    List<CweScore> scores = JulietScore.score(juliet, Rules.analyzer(), "SecretToLog");

    assertThat(scores).extracting(CweScore::cwe).containsExactly("CWE533", "CWE534", "CWE535");
    CweScore debugLog = scores.get(1);
    assertThat(debugLog.badReported()).isEqualTo(2);
    assertThat(debugLog.badTotal()).as("Main.java is no test case").isEqualTo(2);
    assertThat(debugLog.goodTotal()).isEqualTo(3);
    assertThat(debugLog.goodReported())
        .containsExactly("CWE534_Info_Exposure_Debug_Log__Servlet_91.java good1()");
    CweScore shellError = scores.get(2);
    assertThat(shellError.badMissed())
        .containsExactly("CWE535_Info_Exposure_Shell_Error__Servlet_90.java bad()");
    assertThat(scores.get(0).badTotal()).isZero();
  }

  private static void write(Path juliet, String folder, String className, String text)
      throws IOException {
    Path dir = Files.createDirectories(juliet.resolve("src/testcases").resolve(folder));
    Files.writeString(dir.resolve(className + ".java"), text);
  }
}

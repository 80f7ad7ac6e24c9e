package app.web;

import javax.servlet.http.*;

/** Not a servlet: its own log() writes nowhere a secret could leak from. */
public class Logger {
  private final StringBuilder seen = new StringBuilder();

  void log(String line) {
    seen.append(line.length());
  }

  void record(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    log("session " + session.getId());
  }
}

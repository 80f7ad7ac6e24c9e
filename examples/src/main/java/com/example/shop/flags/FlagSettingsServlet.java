package com.example.shop.flags;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/** The settings page's script asks PostHog for flag definitions itself, with the server's key. */
public final class FlagSettingsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType("text/html");
    PrintWriter page = response.getWriter();
    page.println("<script>const flagsHost = 'https://eu.posthog.com';</script>");
    page.println("<script>const flagsKey = '" + System.getenv("POSTHOG_PERSONAL_API_KEY") + "';</script>"); // expect: PostHogKeyClientExposure
  }
}

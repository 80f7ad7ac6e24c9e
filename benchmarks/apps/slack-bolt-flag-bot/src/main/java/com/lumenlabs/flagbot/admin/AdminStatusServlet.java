package com.lumenlabs.flagbot.admin;

import com.fasterxml.jackson.databind.ObjectMapper;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /admin/status}: JSON the ops console's status page renders.
 */
public class AdminStatusServlet extends HttpServlet {

    private final transient DiagnosticsAssembler assembler;
    private final transient ObjectMapper mapper;

    public AdminStatusServlet(DiagnosticsAssembler assembler, ObjectMapper mapper) {
        this.assembler = assembler;
        this.mapper = mapper;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        DiagnosticsAssembler.Diagnostics diagnostics = assembler.snapshot();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-store");
        mapper.writeValue(resp.getWriter(), diagnostics);
    }
}

package org.cairn.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * JAX-RS owns "/" (see {@link CairnApplication}); static files and WebJars go straight to the container's
 * default servlet, which handles content types, ranges and conditional requests.
 */
@WebFilter(urlPatterns = {"/static/*", "/webjars/*"}, asyncSupported = true)
public class StaticFiles extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestDispatcher container = request.getServletContext().getNamedDispatcher("default");
        if (container == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", request.getRequestURI().startsWith("/webjars/")
                ? "public, max-age=31536000, immutable" : "public, max-age=300");
        container.forward(request, response);
    }
}

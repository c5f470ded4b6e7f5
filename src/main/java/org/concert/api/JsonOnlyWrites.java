package org.concert.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.IOException;
import java.util.Set;

/**
 * Every request that changes something or compiles code under {@code /api} ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE}) must say {@code Content-Type: application/json}, body or not; anything else is a 415 before it
 * reaches a controller. A page on another site can only send a form, plain text or no content type without the
 * browser asking first (and this server never answers such a preflight), so an analyst's browser that holds the
 * analyst's credentials cannot be made to change or compile rules.
 */
@Component
class JsonOnlyWrites extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final HandlerExceptionResolver resolver;

    JsonOnlyWrites(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SAFE.contains(request.getMethod()) || !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!json(request.getContentType())) {
            resolver.resolveException(request, response, null, new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "json-only",
                    "JSON only", request.getMethod() + " " + request.getRequestURI() + " takes Content-Type: application/json (it was "
                    + (request.getContentType() == null ? "absent" : "\"" + request.getContentType() + "\"") + "), body or not"));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean json(String contentType) {
        if (contentType == null || contentType.isBlank()) return false;
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getType().equals("application") && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}

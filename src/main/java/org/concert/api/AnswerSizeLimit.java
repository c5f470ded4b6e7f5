package org.concert.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.concert.server.ConcertProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Answers under {@code /api} are held until they are complete, up to {@code concert.max-answer-bytes}; one that grows
 * past it is cut off as soon as it does (writing it stops) and refused with 413, naming the limit. A justification
 * tree can repeat a shared conclusion under every warning that rests on it, so a small case can ask for a very large
 * answer: this is what keeps it from filling the server's memory or the network.
 */
@Component
class AnswerSizeLimit extends OncePerRequestFilter {

    private final long limit;
    private final HandlerExceptionResolver resolver;

    AnswerSizeLimit(ConcertProperties properties, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.limit = properties.maxAnswerBytes().toBytes();
        this.resolver = resolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bounded held = new Bounded(response, limit);
        try {
            chain.doFilter(request, held);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!held.over) throw e;
        }
        if (held.over) {
            response.reset();
            resolver.resolveException(request, response, null, new AnswerTooLargeException(limit));
            return;
        }
        held.copyBodyToResponse();
    }

    /** The answer is larger than {@code concert.max-answer-bytes} (413). */
    static final class AnswerTooLargeException extends ProblemException {
        AnswerTooLargeException(long limit) {
            super(HttpStatus.CONTENT_TOO_LARGE, "answer-too-large", "Answer too large",
                    "the answer would be larger than the limit of " + limit + " bytes (concert.max-answer-bytes): ask for less, "
                            + "e.g. a shorter timeline or a smaller case");
        }
    }

    /** The response, held in memory and counted; past the limit every write fails. */
    private static final class Bounded extends ContentCachingResponseWrapper {
        private final long limit;
        private long written;
        private boolean over;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Bounded(HttpServletResponse response, long limit) {
            super(response);
            this.limit = limit;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream inner = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        count(1);
                        inner.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        count(len);
                        inner.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        inner.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        private void count(long n) {
            if (over) throw new AnswerTooLargeException(limit);
            written += n;
            if (written > limit) {
                over = true;
                throw new AnswerTooLargeException(limit);
            }
        }

        @Override
        public void copyBodyToResponse() throws IOException {
            if (writer != null) writer.flush();
            super.copyBodyToResponse();
        }
    }
}

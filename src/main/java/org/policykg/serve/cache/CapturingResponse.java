package org.policykg.serve.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose body is held back, up to a limit, so that it can be kept for the next request with
 * the same question. A body larger than the limit is streamed through as it comes (and is not kept),
 * so a large CONSTRUCT costs no more heap than before. An error sent after part of the body was
 * written replaces that part: a query cut by its timeout is an error, not a truncated answer.
 */
public final class CapturingResponse extends HttpServletResponseWrapper {
    private final int limit;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private ServletOutputStream passThrough;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean failed;

    public CapturingResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** The whole body, when it was held back (not streamed) and the answer is a success. */
    public byte[] keptBody() {
        return passThrough == null && !failed && getStatus() == SC_OK ? held.toByteArray() : null;
    }

    /** Sends what was held back; call once, after the request was handled. */
    public void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (passThrough == null && !failed && !getResponse().isCommitted()) {
            getResponse().setContentLength(held.size());
            getResponse().getOutputStream().write(held.toByteArray());
        }
        getResponse().flushBuffer();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new Stream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        failed = true;
        held.reset();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        failed = true;
        held.reset();
        super.sendError(sc);
    }

    @Override
    public void setContentLength(int len) {
        // The length is set when the held body is sent; a streamed body is chunked.
    }

    @Override
    public void setContentLengthLong(long len) {
    }

    @Override
    public void flushBuffer() {
        // Flushing would commit the response before the answer is complete.
    }

    @Override
    public void resetBuffer() {
        held.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        held.reset();
        super.reset();
    }

    private void write(byte[] b, int off, int len) throws IOException {
        if (passThrough == null && held.size() + len > limit) {
            passThrough = getResponse().getOutputStream();
            held.writeTo(passThrough);
            held.reset();
        }
        if (passThrough != null) {
            passThrough.write(b, off, len);
        } else {
            held.write(b, off, len);
        }
    }

    private final class Stream extends ServletOutputStream {
        @Override
        public void write(int b) throws IOException {
            CapturingResponse.this.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            CapturingResponse.this.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("blocking output only");
        }
    }
}

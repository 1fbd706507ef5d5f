package org.policykg.serve.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page of requests Jetty refuses before they reach the application (a path that does not
 * decode, an ambiguous one): PolicyKG's page in the style of the others, with the same hardening
 * headers, instead of Jetty's own page naming the server. Errors inside the application are rendered
 * by Spring from {@code templates/error.html}.
 */
@Configuration(proxyBeanMethods = false)
public class PlainErrorPages {
    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> policykgErrorHandler() {
        return factory -> factory.addServerCustomizers(server -> server.setErrorHandler(new Handler()));
    }

    /**
     * The plain page: the pages' stylesheet and header, without a template. Also the page of an
     * execution refused under load (PageTimeouts), where rendering the full error template for each
     * refusal took the CPU the admitted questions needed.
     */
    static String page(String charset, int code, String heading, String message) {
        String text = HtmlUtils.htmlEscape(message == null ? "" : message);
        return "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n  <meta charset=\"" + charset + "\">\n"
                + "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "  <title>" + code + " 错误 Error · PolicyKG 政策知识图谱</title>\n"
                + "  <link rel=\"stylesheet\" href=\"/static/web/policykg.css\">\n</head>\n<body>\n"
                + "<header class=\"site\"><a class=\"brand\" href=\"/\">PolicyKG <span>政策知识图谱</span></a></header>\n"
                + "<main>\n  <h1>" + code + " · " + HtmlUtils.htmlEscape(heading) + "</h1>\n"
                + "  <p class=\"muted\">" + text + "</p>\n"
                + "  <p><a href=\"/\">返回首页 Back to the home page</a></p>\n</main>\n</body>\n</html>\n";
    }

    /** Jetty picks the charset from the request (ISO-8859-1 unless asked otherwise): the page is ASCII with character references. */
    static String ascii(String html) {
        StringBuilder out = new StringBuilder(html.length());
        html.codePoints().forEach(c -> {
            if (c < 128) {
                out.append((char) c);
            } else {
                out.append("&#").append(c).append(';');
            }
        });
        return out.toString();
    }

    static final class Handler extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            response.getHeaders().put("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put("X-Frame-Options", "DENY");
            response.getHeaders().put("Referrer-Policy", "strict-origin-when-cross-origin");
            return super.handle(request, response, callback);
        }

        @Override
        protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
                throws IOException {
            writer.write(ascii(page(charset.name(), code, code == 400 ? "请求无效 Bad request" : "出错了 Error", message)));
        }
    }
}

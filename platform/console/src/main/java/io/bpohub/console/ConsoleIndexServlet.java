package io.bpohub.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Makes {@code /console} and {@code /console/} show the console: the first redirects to the second
 * (so relative links in the page resolve below {@code /console/}), the second answers index.html.
 * Exact patterns win over the {@code /console/*} resource mapping.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("bpohub-console-index")
@HttpWhiteboardServletPattern({"/console", "/console/"})
public class ConsoleIndexServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String INDEX = "/web/index.html";

    /** Scripts, styles and API calls come from this server only; no inline code, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private byte[] index;

    @Activate
    void activate() throws IOException {
        index = load(INDEX);
    }

    static byte[] load(String entry) throws IOException {
        try (InputStream in = ConsoleIndexServlet.class.getResourceAsStream(entry)) {
            if (in == null) {
                throw new IOException("Bundle entry " + entry + " is missing; rebuild the console bundle");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath();
        if (!path.endsWith("/")) {
            String query = req.getQueryString();
            resp.sendRedirect(req.getContextPath() + path + "/" + (query == null ? "" : "?" + query));
            return;
        }
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setContentLength(index.length);
        resp.getOutputStream().write(index);
    }
}
